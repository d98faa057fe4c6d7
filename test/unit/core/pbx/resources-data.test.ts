/**
 * Phonebook, queue, voicemail, extension and redirect methods send the documented requests,
 * checked on the server side of a real HTTP exchange with a scripted PBX.
 */
import { describe, expect, test } from 'vitest';
import { isPbxError } from '../../../../electron/core/pbx/errors';
import { sample, useScriptedApi } from './scripted-api';

const scripted = useScriptedApi();
const { answer, only } = scripted;

describe('phonebook', () => {
  test('search, private with scope=all, entry by id, totals by HEAD', async () => {
    answer({ status: 200, body: sample('phonebook-global.json') });
    expect((await scripted.api.phonebook.search({ search: 'Tina', limit: 10 })).total).toBe(1);
    answer({ status: 200, body: sample('phonebook-private.json') });
    await scripted.api.phonebook.listPrivate('tsander', { scope: 'all', letter: 'M' });
    answer({ status: 200, body: sample('phonebook-entry.json') });
    expect((await scripted.api.phonebook.getEntry(23))?.surname).toBe('Mustermann');
    answer({ status: 200, headers: { 'x-total': '300', 'x-totalfiltered': '12' } });
    expect(await scripted.api.phonebook.totals({ search: 'Meier' })).toMatchObject({
      total: 300,
      totalFiltered: 12,
    });
    await scripted.api.phonebook.privateTotals('tsander', { scope: 'all' });
    expect(scripted.pbx.requests.map((r) => [r.method, r.rawPath, r.query])).toEqual([
      ['GET', '/acme/services/phonebook/', { search: 'Tina', limit: '10' }],
      ['GET', '/acme/services/phonebook/identity/tsander', { scope: 'all', letter: 'M' }],
      ['GET', '/acme/services/phonebook/23', {}],
      ['HEAD', '/acme/services/phonebook/', { search: 'Meier' }],
      ['HEAD', '/acme/services/phonebook/identity/tsander', { scope: 'all' }],
    ]);
  });

  test('creating entries sends the documented body; the id is read when the PBX names it', async () => {
    answer({ status: 200, body: { id: 77 } });
    const created = await scripted.api.phonebook.createPrivate('tsander', {
      displayName: "Jürgen O'Brien",
      surname: "O'Brien",
      numbers: { mobile: '0172-1234567' },
    });
    expect(created).toEqual({ id: 77 });
    const seen = only();
    expect(seen.rawPath).toBe('/acme/services/phonebook/identity/tsander');
    expect(JSON.parse(seen.body)).toEqual({
      type: '028phonebook',
      displayname: "Jürgen O'Brien",
      firstname: '',
      surname: "O'Brien",
      phone: '',
      email: '',
      fax: '',
      mobile: '0172-1234567',
      homephone: '',
      organisation: '',
      notes: '',
      labelList: [],
    });
    answer({ status: 200, body: 'created' });
    await expect(scripted.api.phonebook.createGlobal({ displayName: 'ACME' })).resolves.toEqual({ id: null });
  });
});

describe('queue', () => {
  test('list and one queue', async () => {
    answer({ status: 200, body: sample('queue-list.json') });
    expect((await scripted.api.queue.list())[0]?.name).toBe('Zentrale');
    answer({ status: 200, body: sample('queue-detail.json') });
    expect((await scripted.api.queue.get('Vertrieb Inland'))?.members).toHaveLength(1);
    expect(scripted.pbx.requests.map((request) => request.rawPath)).toEqual([
      '/acme/services/queue/',
      '/acme/services/queue/Vertrieb%20Inland',
    ]);
    answer({ status: 404 });
    await expect(scripted.api.queue.get('Gibt es nicht')).resolves.toBeNull();
  });

  test('pause reasons of undocumented shape are read as name and code', async () => {
    answer({
      status: 200,
      body: {
        ...sample('queue-detail.json'),
        pausereasons: ['Lunch', { name: 'Backoffice', code: 41 }, { reason: 'Mittagspause', code: '40' }],
      },
    });
    expect((await scripted.api.queue.get('Zentrale'))?.pauseReasons).toEqual([
      { name: 'Lunch', code: null },
      { name: 'Backoffice', code: '41' },
      { name: 'Mittagspause', code: '40' },
    ]);
  });

  test('agent actions on one queue and on all queues', async () => {
    answer({ status: 200, body: sample('queue-action.json') });
    const result = await scripted.api.queue.agentAction('Zentrale', {
      action: 'login',
      identity: 'tsander',
      penalty: 0,
    });
    expect(result).toMatchObject({ response: 'Success', actionId: '60210455af8a6', succeeded: true });
    answer({ status: 200, body: { Response: 'Error', Message: 'Interface not found' } });
    const failed = await scripted.api.queue.agentActionAll({
      action: 'pause',
      identity: 'tsander',
      code: '40',
    });
    expect(failed).toMatchObject({ succeeded: false, message: 'Interface not found' });
    expect(scripted.pbx.requests.map((r) => [r.rawPath, JSON.parse(r.body)])).toEqual([
      ['/acme/services/queue/Zentrale/action', { action: 'login', identity: 'tsander', penalty: '0' }],
      ['/acme/services/queue/action', { action: 'pause', identity: 'tsander', code: '40' }],
    ]);
  });
});

describe('voicemail', () => {
  test('boxes, one box, a folder with a limit, counts by HEAD', async () => {
    answer({ status: 200, body: sample('voicemailbox-list.json') });
    expect(await scripted.api.voicemail.list()).toHaveLength(1);
    answer({ status: 200, body: sample('voicemailbox-detail.json') });
    expect((await scripted.api.voicemail.get('221'))?.folders).toContain('Old');
    answer({ status: 200, body: sample('voicemailbox-folder.json') });
    expect((await scripted.api.voicemail.listFolder('221', '*', 50))[0]?.msgId).toBe('1612943003-00000000');
    answer({ status: 200, headers: { 'x-voicemail-count': '3', 'x-voicemail-lastmsg-id': 'msg0002' } });
    expect(await scripted.api.voicemail.counts('221', 'INBOX')).toMatchObject({
      count: 3,
      lastMessage: { id: 'msg0002' },
    });
    expect(scripted.pbx.requests.map((r) => [r.method, r.rawPath, r.query])).toEqual([
      ['GET', '/acme/services/voicemailbox/', {}],
      ['GET', '/acme/services/voicemailbox/221', {}],
      ['GET', '/acme/services/voicemailbox/221/*', { limit: '50' }],
      ['HEAD', '/acme/services/voicemailbox/221/INBOX', {}],
    ]);
  });

  test('download asks <base>/asset/ for audio; a JSON or empty answer is not a recording', async () => {
    answer({
      status: 200,
      body: new Uint8Array([82, 73, 70, 70]),
      headers: { 'content-type': 'audio/x-wav' },
    });
    const file = await scripted.api.voicemail.download('221', 'INBOX', 'msg0000');
    expect(file).toEqual({ bytes: new Uint8Array([82, 73, 70, 70]), contentType: 'audio/x-wav' });
    expect(only()).toMatchObject({ rawPath: '/acme/asset/voicemailbox/221/INBOX/msg0000' });
    expect(only().headers.accept).toBe('audio/x-wav, audio/*');
    answer({ status: 200, body: { error: 'no such message' } });
    await expect(scripted.api.voicemail.download('221', 'INBOX', 'msg0009')).rejects.toSatisfy(
      (error) => isPbxError(error) && error.kind === 'bad-response',
    );
    answer({ status: 200, body: '', headers: { 'content-type': 'audio/x-wav' } });
    await expect(scripted.api.voicemail.download('221', 'INBOX', 'msg0009')).rejects.toSatisfy(
      (error) => isPbxError(error) && error.kind === 'bad-response',
    );
  });

  test('move, mailto and delete address the message', async () => {
    answer({ status: 200, body: { response: 'voicemail moved' } });
    await expect(scripted.api.voicemail.move('221', 'INBOX', 'msg0000', 'Old')).resolves.toBe(
      'voicemail moved',
    );
    await scripted.api.voicemail.mailto('221', 'INBOX', 'msg0000', {
      address: 'a@b.de',
      subject: 'VM',
      body: 'Hallo',
    });
    answer({ status: 204 });
    await scripted.api.voicemail.remove('221', 'INBOX', 'msg0000');
    expect(
      scripted.pbx.requests.map((r) => [r.method, r.rawPath, r.body === '' ? null : JSON.parse(r.body)]),
    ).toEqual([
      ['POST', '/acme/services/voicemailbox/221/INBOX/msg0000', { action: 'move', targetfolder: 'Old' }],
      [
        'POST',
        '/acme/services/voicemailbox/221/INBOX/msg0000',
        { action: 'mailto', address: 'a@b.de', subject: 'VM', body: 'Hallo' },
      ],
      ['DELETE', '/acme/services/voicemailbox/221/INBOX/msg0000', null],
    ]);
  });
});

describe('extension and redirect', () => {
  test('resolve sends ?target=; matches are internal, none is external', async () => {
    answer({ status: 200, body: [(sample('extension-list.json') as object[])[2] ?? {}] });
    await expect(scripted.api.extension.resolve('224')).resolves.toMatchObject({
      target: '224',
      internal: true,
      matches: [{ extension: '224', kind: 'user', name: 'Adrian Turitzo' }],
    });
    expect(only()).toMatchObject({ rawPath: '/acme/services/extension/', query: { target: '224' } });
    answer({ status: 204 });
    await expect(scripted.api.extension.resolve('08955555444')).resolves.toEqual({
      target: '08955555444',
      internal: false,
      matches: [],
      dialed: null,
    });
    answer({
      status: 200,
      body: {
        '009ext_extension': '',
        typ: 'Extern',
        text: '089 5555',
        src: '',
        internal: false,
        dialed: '0895555',
      },
    });
    await expect(scripted.api.extension.resolve('089 5555')).resolves.toEqual({
      target: '089 5555',
      internal: false,
      matches: [],
      dialed: '0895555',
    });
    answer({ status: 200, body: sample('extension-list.json') });
    expect(await scripted.api.extension.list()).toHaveLength(3);
  });

  test('redirects: list and set', async () => {
    answer({ status: 200, body: sample('redirect-list.json') });
    expect(await scripted.api.redirect.list()).toEqual([
      { source: '101', target: '200', old: '200', active: true },
    ]);
    answer({ status: 200, body: sample('redirect-set.json') });
    await expect(scripted.api.redirect.set('101', '08955555')).resolves.toEqual({
      status: 1,
      source: '101',
      target: '08955555',
      old: '08955555',
    });
    expect(scripted.pbx.requests.at(-1)).toMatchObject({
      method: 'POST',
      rawPath: '/acme/services/redirect/101',
    });
    expect(JSON.parse(scripted.pbx.requests.at(-1)?.body ?? '')).toEqual({ target: '08955555' });
  });
});
