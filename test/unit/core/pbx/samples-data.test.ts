/** The documented samples of the directory-like endpoints parse into the app's types. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { actionResponseText } from '../../../../electron/core/pbx/response-body';
import { extensionListSchema } from '../../../../electron/core/pbx/schemas/extension';
import {
  phonebookEntrySchema,
  phonebookPageSchema,
  phonebookTotalsSchema,
} from '../../../../electron/core/pbx/schemas/phonebook';
import {
  queueActionResultSchema,
  queueDetailSchema,
  queueSummaryListSchema,
} from '../../../../electron/core/pbx/schemas/queue';
import { redirectListSchema, redirectSetResultSchema } from '../../../../electron/core/pbx/schemas/redirect';
import {
  voicemailBoxDetailSchema,
  voicemailBoxListSchema,
  voicemailCountsSchema,
  voicemailMessageListSchema,
} from '../../../../electron/core/pbx/schemas/voicemail';
import { FIXTURES, parseSample as parse } from './sample-parsers';

describe('phonebook', () => {
  test('the global search page', () => {
    expect(parse('phonebook-global.json', phonebookPageSchema)).toEqual({
      total: 1,
      offset: 0,
      limit: 0,
      entries: [
        {
          id: 2,
          type: '011account',
          phonebookType: null,
          phonebookName: null,
          displayName: 'Tina Sander',
          firstName: null,
          surname: null,
          organisation: null,
          notes: null,
          email: 'emailaddress',
          numbers: { phone: '250', mobile: null, homephone: null, fax: '303' },
          labels: [],
        },
      ],
    });
  });

  test('a private entry', () => {
    expect(parse('phonebook-private.json', phonebookPageSchema).entries[0]).toMatchObject({
      id: 23,
      phonebookType: 'identity',
      phonebookName: 'tsander',
      firstName: 'Tobias',
      organisation: 'Chaos Computer',
      numbers: { mobile: '017712345678' },
    });
    expect(parse('phonebook-entry.json', phonebookEntrySchema).id).toBe(23);
  });

  test('HEAD totals', () => {
    expect(parse('phonebook-head.headers.json', phonebookTotalsSchema)).toEqual({
      total: 15,
      totalFiltered: 15,
      offset: 0,
      limit: 0,
    });
  });
});

describe('queue', () => {
  test('the queue list with member counts', () => {
    expect(parse('queue-list.json', queueSummaryListSchema)).toEqual([
      {
        qid: 'q_1',
        name: 'Zentrale',
        extension: '200',
        loginCode: null,
        callerIdName: null,
        counts: {
          active: 6,
          notInUse: 0,
          unavailable: 6,
          busy: 0,
          ringing: 0,
          inactive: 1,
          paused: 0,
          perPauseReason: [],
        },
        waitingCount: 0,
      },
    ]);
  });

  test('one queue with a member, "" pause reason as null, and its phonebook entry', () => {
    const queue = parse('queue-detail.json', queueDetailSchema);
    expect(queue).toMatchObject({
      id: 1,
      qid: 'q_1',
      name: 'Zentrale',
      extension: '200',
      entries: [],
      pauseReasons: [],
    });
    expect(queue.members).toEqual([
      expect.objectContaining({
        agent: 'jgeissler',
        queue: 'Zentrale',
        dynamic: false,
        loggedIn: true,
        paused: false,
        pauseReason: null,
        phonebookEntry: expect.objectContaining({
          id: 10,
          displayName: 'Jenny Geissler',
          phonebookType: null,
        }),
      }),
    ]);
  });

  test('agent action answers, with and without ActionID', () => {
    expect(parse('queue-action.json', queueActionResultSchema)).toEqual({
      response: 'Success',
      message: 'Originate successfully queued',
      actionId: '60210455af8a6',
      succeeded: true,
    });
    expect(parse('queue-action-all.json', queueActionResultSchema).actionId).toBeNull();
  });
});

describe('voicemail, extension, redirect', () => {
  test('boxes, one box (md5pass dropped) and a folder listing', () => {
    expect(parse('voicemailbox-list.json', voicemailBoxListSchema)).toEqual([
      { id: 2, mailbox: '7007', name: "Sébästian 'Fischêr", transcribe: 'enabled' },
    ]);
    const box = parse('voicemailbox-detail.json', voicemailBoxDetailSchema);
    expect(box.folders).toEqual(['INBOX', 'Old', 'Urgent', 'tmp']);
    expect(JSON.stringify(box)).not.toContain('621c4c18706ab90abb1eb41647a8575e');
    expect(parse('voicemailbox-folder.json', voicemailMessageListSchema)).toEqual([
      {
        id: 'msg0000',
        msgId: '1612943003-00000000',
        folder: 'INBOX',
        origMailbox: '224',
        callerIdName: 'Tina Sander',
        callerIdNum: '221',
        callerId: '"Tina Sander" <221>',
        origTimeMs: 1612943003000,
        origDate: 'Wed Feb 10 07:43:23 AM UTC 2021',
        durationSeconds: 12,
        flag: null,
        category: null,
      },
    ]);
  });

  test('HEAD counts of a box', () => {
    expect(parse('voicemailbox-head.headers.json', voicemailCountsSchema)).toEqual({
      count: 1,
      inboxCount: 0,
      oldCount: 0,
      lastMessage: { folder: 'INBOX', id: 'msg0000', timestampMs: 1612943003000 },
    });
  });

  test('extensions with their kind', () => {
    expect(
      parse('extension-list.json', extensionListSchema).map((entry) => [entry.extension, entry.kind]),
    ).toEqual([
      ['110', 'emergency'],
      ['200', 'queue'],
      ['224', 'user'],
    ]);
  });

  test('redirects', () => {
    expect(parse('redirect-list.json', redirectListSchema)).toEqual([
      { source: '101', target: '200', old: '200', active: true },
    ]);
    expect(parse('redirect-set.json', redirectSetResultSchema)).toEqual({
      status: 1,
      source: '101',
      target: '08955555',
      old: '08955555',
    });
  });
});

describe('action answers', () => {
  test.each([
    ['identity-device-action.json', 'dial commited'],
    ['identity-default-device-action.json', 'dial commited'],
    ['voicemailbox-action.json', 'voicemail mailed'],
  ])('%s reads as %j', (name, answer) => {
    const bytes = readFileSync(new URL(name, FIXTURES));
    expect(actionResponseText(new Uint8Array(bytes), { method: 'POST', path: `/fixture/${name}` })).toBe(
      answer,
    );
  });
});
