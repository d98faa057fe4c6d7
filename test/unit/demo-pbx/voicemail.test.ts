import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { describeWav } from '../../../electron/demo-pbx/index';
import { startTestPbx, type TestPbx } from './helpers';

type Row = Record<string, unknown>;

async function counts(t: TestPbx, folder = 'INBOX'): Promise<Record<string, string | null>> {
  const response = await t.api(`voicemailbox/221/${folder}`, { method: 'HEAD' });
  expect(response.status).toBe(200);
  const names = ['count', 'count-inbox', 'count-old', 'lastmsg-folder', 'lastmsg-id', 'lastmsg-tmstmp'];
  return Object.fromEntries(names.map((name) => [name, response.headers.get(`x-voicemail-${name}`)]));
}

describe('voicemail: boxes, listings, counts and real WAV audio', () => {
  let t: TestPbx;
  beforeEach(async () => {
    t = await startTestPbx();
  });
  afterEach(() => t.pbx.close());

  test('lists mailboxes and one box with its folders', async () => {
    const boxes = await t.json<Row[]>('voicemailbox/');
    expect(boxes.map((b) => b['016voi_mailbox'])).toEqual(
      expect.arrayContaining(['221', '200', '300', '310']),
    );
    expect(await t.json<Row>('voicemailbox/221')).toMatchObject({
      '016voi_name': 'Tina Sander',
      folders: ['INBOX', 'Old', 'Urgent', 'tmp'],
    });
    expect((await t.api('voicemailbox/999')).status).toBe(404);
    expect((await t.api('voicemailbox/221/Spam')).status).toBe(404);
    expect((await t.api('voicemailbox/221/tmp')).status).toBe(204);
  });

  test('a voicemail left appears in the listing and the HEAD counts, and its WAV matches its duration', async () => {
    const before = await counts(t);
    const left = t.pbx.sim.leaveVoicemail({ mailbox: '221', from: '+49891234567', durationSeconds: 6 });
    const after = await counts(t);
    expect(Number(after.count)).toBe(Number(before.count) + 1);
    expect(Number(after['count-inbox'])).toBe(Number(before['count-inbox']) + 1);
    expect(after).toMatchObject({
      'lastmsg-folder': 'INBOX',
      'lastmsg-id': left.id,
      'lastmsg-tmstmp': String(left.origTimeSeconds),
    });

    const listing = await t.json<Row[]>('voicemailbox/221/INBOX');
    const message = listing[0];
    expect(message).toMatchObject({
      origmailbox: '221',
      id: left.id,
      msg_id: left.msgId,
      folder: 'INBOX',
      duration: '6',
      calleridnum: '+49891234567',
      calleridname: 'Müller & Söhne GmbH - Lukas Müller',
      callerid: '"Müller & Söhne GmbH - Lukas Müller" <+49891234567>',
      origtime: String(left.origTimeSeconds),
    });

    const audio = await t.api(`../asset/voicemailbox/221/INBOX/${left.id}`);
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/x-wav');
    const bytes = new Uint8Array(await audio.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 4)).toString('ascii')).toBe('RIFF');
    const wav = describeWav(bytes);
    expect(wav).toMatchObject({ sampleRate: 8000, channels: 1, bitsPerSample: 16 });
    expect(wav?.durationSeconds).toBe(Number(message?.duration));
    expect(wav?.dataBytes).toBe(bytes.length - 44);
  });

  test('the services URL of a message redirects to its audio under /asset/', async () => {
    const [message] = await t.json<Row[]>('voicemailbox/221/INBOX');
    const redirect = await t.api(`voicemailbox/221/INBOX/${String(message?.id)}`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(
      `/demo/asset/voicemailbox/221/INBOX/${String(message?.id)}`,
    );
    const followed = await t.api(`voicemailbox/221/INBOX/${String(message?.id)}`);
    expect(followed.headers.get('content-type')).toBe('audio/x-wav');
  });

  test('listing limit defaults to 20; "*" lists every folder; a message is found by msg_id under "*"', async () => {
    for (let i = 0; i < 22; i++)
      t.pbx.sim.leaveVoicemail({ mailbox: '221', from: `+4989${1000 + i}`, durationSeconds: 2 });
    expect(await t.json<Row[]>('voicemailbox/221/INBOX')).toHaveLength(20);
    expect(await t.json<Row[]>('voicemailbox/221/INBOX?limit=5')).toHaveLength(5);
    const all = await t.json<Row[]>('voicemailbox/221/*?limit=100');
    expect(new Set(all.map((m) => m.folder))).toEqual(new Set(['INBOX', 'Old']));
    const old = all.find((m) => m.folder === 'Old');
    const byMsgId = await t.api(`../asset/voicemailbox/221/*/${String(old?.msg_id)}`);
    expect(byMsgId.status).toBe(200);
  });

  test('move to Old, mailto, and delete change what the box shows', async () => {
    const left = t.pbx.sim.leaveVoicemail({ mailbox: '221', from: '230' });
    const oldBefore = Number((await counts(t))['count-old']);
    const moved = await t.post(`voicemailbox/221/INBOX/${left.id}`, { action: 'move', targetfolder: 'Old' });
    expect(await moved.json()).toEqual({ response: 'voicemail moved' });
    expect(Number((await counts(t))['count-old'])).toBe(oldBefore + 1);
    const inOld = t.pbx.sim.voicemails('221').find((m) => m.msgId === left.msgId);
    expect(inOld).toMatchObject({ folder: 'Old', callerName: 'Anna Meyer' });

    const mailed = await t.post(`voicemailbox/221/Old/${String(inOld?.id)}`, {
      action: 'mailto',
      address: 'tina@example.org',
      subject: 'VM',
      body: 'x',
    });
    expect(await mailed.json()).toEqual({ response: 'voicemail mailed' });
    expect(
      (await t.post(`voicemailbox/221/Old/${String(inOld?.id)}`, { action: 'move', targetfolder: 'Spam' }))
        .status,
    ).toBe(400);
    expect((await t.post(`voicemailbox/221/Old/${String(inOld?.id)}`, { action: 'burn' })).status).toBe(400);

    expect((await t.api(`voicemailbox/221/Old/${String(inOld?.id)}`, { method: 'DELETE' })).status).toBe(200);
    expect(t.pbx.sim.voicemails('221').some((m) => m.msgId === left.msgId)).toBe(false);
    expect((await t.api(`voicemailbox/221/Old/${String(inOld?.id)}`, { method: 'DELETE' })).status).toBe(404);
  });

  test('broken audio can be scripted: a truncated WAV and a body that is not WAV at all', async () => {
    const truncated = t.pbx.sim.leaveVoicemail({
      mailbox: '221',
      from: '+4930123',
      durationSeconds: 5,
      broken: 'truncated',
    });
    const notWav = t.pbx.sim.leaveVoicemail({
      mailbox: '221',
      from: '+4930124',
      durationSeconds: 5,
      broken: 'not-wav',
    });
    const cut = new Uint8Array(
      await (await t.api(`../asset/voicemailbox/221/INBOX/${truncated.id}`)).arrayBuffer(),
    );
    const header = describeWav(cut);
    expect(header?.dataBytes).toBe(5 * 8000 * 2);
    expect(cut.length).toBeLessThan(5 * 8000 * 2);
    const other = await t.api(`../asset/voicemailbox/221/INBOX/${notWav.id}`);
    expect(other.headers.get('content-type')).toBe('audio/x-wav');
    expect(describeWav(new Uint8Array(await other.arrayBuffer()))).toBeNull();
  });
});
