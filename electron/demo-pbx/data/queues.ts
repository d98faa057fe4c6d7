import type { QueueMembership, QueueSeed } from './model';

function member(username: string, dynamic: boolean, loggedIn = true, pauseReason = ''): QueueMembership {
  return { username, dynamic, loggedIn, paused: pauseReason !== '', pauseReason, penalty: 0 };
}

/**
 * Three queues. The demo agent tsander is a dynamic member of Zentrale and Support (can log in and
 * out) and a static member of "Vertrieb Inland" (always logged in, can only pause). "Vertrieb
 * Inland" has a space in its name (percent-encoding in paths) and no pause reasons at all.
 */
export function seedQueues(): QueueSeed[] {
  return [
    {
      id: 1,
      qid: 'q_1',
      name: 'Zentrale',
      extension: '200',
      extId: 5,
      mailbox: '200',
      voicemailboxId: 20,
      tmstmp: '2024-02-04 09:35:03.900158',
      pauseReasons: [
        { name: 'Mittagspause', code: '40' },
        { name: 'Backoffice', code: '41' },
        { name: 'Meeting', code: '42' },
        { name: 'Schulung', code: '43' },
      ],
      members: [
        member('tsander', true),
        member('jgeissler', false),
        member('agrassl', true),
        member('kschaefer', true, true, 'Mittagspause'),
        member('ameyer', false),
      ],
    },
    {
      id: 2,
      qid: 'q_2',
      name: 'Support',
      extension: '300',
      extId: 15,
      mailbox: '300',
      voicemailboxId: 21,
      tmstmp: '2024-02-04 09:36:12.120004',
      pauseReasons: [
        { name: 'Lunch', code: '10' },
        { name: 'Backoffice', code: '11' },
        { name: 'Nacharbeit', code: '12' },
      ],
      members: [
        member('tsander', true),
        member('aturitzo', true),
        member('soconnor', true),
        member('hvoss', true, false),
        member('fkrueger', false, true, 'Backoffice'),
      ],
    },
    {
      id: 3,
      qid: 'q_3',
      name: 'Vertrieb Inland',
      extension: '310',
      extId: 16,
      mailbox: '310',
      voicemailboxId: 22,
      tmstmp: '2024-03-11 14:02:44.512377',
      pauseReasons: [],
      members: [
        member('tsander', false),
        member('ameyer', true),
        member('mweber', true, false),
        member('jbaeumer', true),
      ],
    },
  ];
}
