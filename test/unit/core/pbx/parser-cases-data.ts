/**
 * Fuzz cases of the directory-like parsers (phonebook, queue, voicemail, extension, redirect): each
 * documented sample and the domain value it must parse to, written out by hand from the reference.
 */
import { createdEntrySchema } from '../../../../electron/core/pbx/phonebook';
import {
  extensionListSchema,
  targetResolutionRowsSchema,
} from '../../../../electron/core/pbx/schemas/extension';
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
import { constructed, fixture, type ParserCase } from './parser-case';

const tinaAccount = {
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
};

const tobias = {
  id: 23,
  type: '028phonebook',
  phonebookType: 'identity',
  phonebookName: 'tsander',
  displayName: 'Chaos Computer - Tobias Mustermann',
  firstName: 'Tobias',
  surname: 'Mustermann',
  organisation: 'Chaos Computer',
  notes: 'Some Notes about the contact',
  email: 'tmustermann@cc.de',
  numbers: {
    phone: '0991123455677',
    mobile: '017712345678',
    homephone: '0991123455677',
    fax: '0991123455671',
  },
  labels: [],
};

const extensionRows = [
  {
    extension: '110',
    kind: 'emergency',
    typeLabel: 'Notrufnummer',
    name: 'Alte Notrufnummer',
    source: '075emergency',
    resource: 'extensions/extension-3',
  },
  {
    extension: '200',
    kind: 'queue',
    typeLabel: 'Warteschlange',
    name: 'Zentrale',
    source: '029team',
    resource: 'queues/queue-1',
  },
  {
    extension: '224',
    kind: 'user',
    typeLabel: 'Benutzer',
    name: 'Adrian Turitzo',
    source: '011account',
    resource: 'users/user-7',
  },
];

export const DATA_PARSER_CASES: Record<string, ParserCase> = {
  phonebookPageSchema: {
    schema: phonebookPageSchema,
    samples: [
      fixture('phonebook-global.json', { total: 1, offset: 0, limit: 0, entries: [tinaAccount] }),
      fixture('phonebook-private.json', { total: 1, offset: 0, limit: 0, entries: [tobias] }),
    ],
  },
  phonebookEntrySchema: { schema: phonebookEntrySchema, samples: [fixture('phonebook-entry.json', tobias)] },
  phonebookTotalsSchema: {
    schema: phonebookTotalsSchema,
    samples: [fixture('phonebook-head.headers.json', { total: 15, totalFiltered: 15, offset: 0, limit: 0 })],
  },
  // The reference shows no answer to creating an entry: the entry, `{ id }`, a bare id or nothing.
  createdEntrySchema: {
    schema: createdEntrySchema,
    samples: [
      constructed('the entry', { ...tobias, id: 31 }, { id: 31 }),
      constructed('{ id } as text', { id: '42' }, { id: 42 }),
      constructed('a bare id', 7, { id: 7 }),
      constructed('"ok"', { response: 'ok' }, { id: null }),
    ],
  },
  queueSummaryListSchema: {
    schema: queueSummaryListSchema,
    recordList: true,
    samples: [
      fixture('queue-list.json', [
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
      ]),
    ],
  },
  queueDetailSchema: {
    schema: queueDetailSchema,
    samples: [
      fixture('queue-detail.json', {
        id: 1,
        qid: 'q_1',
        name: 'Zentrale',
        extension: '200',
        callerIdName: 'Zentrale',
        members: [
          {
            agent: 'jgeissler',
            queue: 'Zentrale',
            dynamic: false,
            loggedIn: true,
            paused: false,
            pauseReason: null,
            phonebookEntry: {
              ...tinaAccount,
              id: 10,
              type: '028phonebook',
              displayName: 'Jenny Geissler',
              email: 'jgeissler@bootcamp.de',
              numbers: { phone: '324', mobile: null, homephone: null, fax: null },
            },
          },
        ],
        entries: [],
        pauseReasons: [],
      }),
    ],
  },
  queueActionResultSchema: {
    schema: queueActionResultSchema,
    samples: [
      fixture('queue-action.json', {
        response: 'Success',
        message: 'Originate successfully queued',
        actionId: '60210455af8a6',
        succeeded: true,
      }),
      fixture('queue-action-all.json', {
        response: 'Success',
        message: 'Originate successfully queued',
        actionId: null,
        succeeded: true,
      }),
    ],
  },
  voicemailBoxListSchema: {
    schema: voicemailBoxListSchema,
    recordList: true,
    samples: [
      fixture('voicemailbox-list.json', [
        { id: 2, mailbox: '7007', name: "Sébästian 'Fischêr", transcribe: 'enabled' },
      ]),
    ],
  },
  voicemailBoxDetailSchema: {
    schema: voicemailBoxDetailSchema,
    samples: [
      fixture('voicemailbox-detail.json', {
        id: 2,
        mailbox: '7007',
        name: "Sébästian 'Fischêr",
        transcribe: 'enabled',
        email: 'test-stage+sf@pascom.net',
        format: 'wav',
        folders: ['INBOX', 'Old', 'Urgent', 'tmp'],
      }),
    ],
  },
  voicemailMessageListSchema: {
    schema: voicemailMessageListSchema,
    recordList: true,
    samples: [
      fixture('voicemailbox-folder.json', [
        {
          id: 'msg0000',
          msgId: '1612943003-00000000',
          folder: 'INBOX',
          origMailbox: '224',
          callerIdName: 'Tina Sander',
          callerIdNum: '221',
          callerId: '"Tina Sander" <221>',
          origTimeMs: 1_612_943_003_000,
          origDate: 'Wed Feb 10 07:43:23 AM UTC 2021',
          durationSeconds: 12,
          flag: null,
          category: null,
        },
      ]),
    ],
  },
  voicemailCountsSchema: {
    schema: voicemailCountsSchema,
    samples: [
      fixture('voicemailbox-head.headers.json', {
        count: 1,
        inboxCount: 0,
        oldCount: 0,
        lastMessage: { folder: 'INBOX', id: 'msg0000', timestampMs: 1_612_943_003_000 },
      }),
    ],
  },
  extensionListSchema: {
    schema: extensionListSchema,
    recordList: true,
    samples: [fixture('extension-list.json', extensionRows)],
  },
  // No sample answer for `?target=` in the reference: the extension row plus `internal` and `dialed`.
  targetResolutionRowsSchema: {
    schema: targetResolutionRowsSchema,
    recordList: true,
    samples: [
      constructed(
        'an internal user as one object',
        {
          '009ext_extension': '224',
          typ: 'Benutzer',
          text: 'Adrian Turitzo',
          src: '011account',
          resource: 'users/user-7',
          internal: true,
          dialed: '224',
        },
        [{ ...extensionRows[2], internal: true, dialed: '224' }],
      ),
      constructed(
        'an external number',
        [
          {
            '009ext_extension': '',
            typ: 'Extern',
            text: '089 5555',
            src: '',
            internal: false,
            dialed: '0895555',
          },
        ],
        [
          {
            extension: null,
            kind: 'other',
            typeLabel: 'Extern',
            name: '089 5555',
            source: null,
            resource: null,
            internal: false,
            dialed: '0895555',
          },
        ],
      ),
    ],
  },
  redirectListSchema: {
    schema: redirectListSchema,
    recordList: true,
    samples: [fixture('redirect-list.json', [{ source: '101', target: '200', old: '200', active: true }])],
  },
  redirectSetResultSchema: {
    schema: redirectSetResultSchema,
    samples: [
      fixture('redirect-set.json', { source: '101', target: '08955555', old: '08955555', status: 1 }),
    ],
  },
};
