/**
 * The records a hostile (or just broken) PBX plants among good ones: each is one of the 72 answers
 * the app was tried with (issue 17), kept small and named for what it breaks. Every planted record
 * concerns someone other than a real demo caller, so a normal call is still a normal call.
 */
import { formatPbxTime } from '../sim/pbx-time';

/** U+202E RIGHT-TO-LEFT OVERRIDE: "exe.pdf" shows as "fdp.exe", digits after it run backwards. */
export const RTL_OVERRIDE = '\u202E';
/** Half of a surrogate pair: `encodeURIComponent` throws on it. */
export const LONE_SURROGATE = '\uD83D';
/** A caller name of 200 kB. */
export const HUGE_NAME = `Flood ${'A'.repeat(200_000)}`;
export const LONG_PAUSE_REASON = `Pause ${'wegen Rückfrage beim Kunden, '.repeat(10)}`.slice(0, 300);
/** A day is 86,400 s; this is 31,688 years. */
export const ABSURD_DURATION = 1e12;

/** Numbers of the planted phonebook entries: in no other entry, called by no demo caller. */
export const HOSTILE_NUMBERS = ['+49 30 5550101', '+49 30 5550102', '+49 30 5550103', '+49 30 5550104'];

/** Live legs between colleagues (never the demo agent): the tracker must skip them, not choke. */
export function hostileLiveLegs(nowMs: number): Record<string, unknown>[] {
  const leg = (phonecallId: number, dstUserName: string, extra: Record<string, unknown>) => ({
    phonecallId,
    timestamp: nowMs - 60_000,
    time: formatPbxTime(nowMs - 60_000),
    parentId: '',
    via: '',
    viaDetails: '',
    duration: 60,
    connected: 50,
    ringing: 10,
    holdCount: 0,
    holdDuration: 0,
    state: 'BUSY',
    srcInternal: false,
    srcName: 'Hostile caller',
    srcNumber: '+4930555999',
    dstInternal: true,
    dstUserName,
    dstName: dstUserName,
    dstNumber: '230',
    data: { voicemail: [] },
    ...extra,
  });
  return [
    leg(900_001, 'agrassl', { srcName: { first: 'Object', last: 'Name' } }),
    leg(900_002, 'ameyer', { srcName: `${HUGE_NAME}${RTL_OVERRIDE}${LONE_SURROGATE}` }),
    leg(900_003, 'jgeissler', { duration: ABSURD_DURATION, connected: -5 }),
  ];
}

/** Today's history rows of the demo agent that a hostile PBX gets wrong. */
export function hostileHistoryRows(nowMs: number, agent: string): Record<string, unknown>[] {
  const row = (id: number, minutesAgo: number, extra: Record<string, unknown>) => {
    const timestamp = nowMs - minutesAgo * 60_000;
    return {
      id,
      timestamp,
      time: formatPbxTime(timestamp),
      parentId: '',
      chain: `${timestamp}_${id}`,
      phonecallId: id,
      result: 'hangup',
      resultDetails: 'src',
      via: '',
      viaDetails: '',
      recordId: '',
      duration: 95,
      connected: 80,
      holdCount: 0,
      holdDuration: 0,
      srcInternal: false,
      srcName: 'Hostile caller',
      srcNumber: '+4930555999',
      dstInternal: true,
      dstUserName: agent,
      dstName: 'Agent',
      dstNumber: '221',
      data: [],
      ...extra,
    };
  };
  return [
    row(990_001, 3, { srcName: { evil: true } }),
    row(990_002, 4, { srcName: `Invoice${RTL_OVERRIDE}exe.pdf ${LONE_SURROGATE}` }),
    row(990_003, 5, { duration: ABSURD_DURATION, connected: ABSURD_DURATION }),
    row(990_004, 6, { srcName: HUGE_NAME }),
  ];
}

/** Queues no request can address: they must be left out, not fail the list. */
export function hostileQueues(): Record<string, unknown>[] {
  const queue = (name: string, qid: string) => ({
    '029tea_bez': name,
    '009ext_extension': '399',
    '036que_prefix': null,
    '036que_calleridname': null,
    qid,
    members: { countActiveMembers: 1, countPausedMembers: 0, countMembersPerPauseReason: [] },
    countEntries: 0,
  });
  return [queue('..', 'q_901'), queue(' \t ', 'q_902'), queue(`Support${LONE_SURROGATE}`, 'q_903')];
}

/** Entries of a phonebook page with one wrong field each, or text that lies about itself. */
export function hostilePhonebookEntries(): Record<string, unknown>[] {
  const [first, second, third, fourth] = HOSTILE_NUMBERS;
  const entry = (id: number, fields: Record<string, unknown>) => ({
    type: '028phonebook',
    id,
    phonebookType: null,
    phonebookName: null,
    displayname: 'Hostile entry',
    firstname: '',
    surname: '',
    phone: '',
    email: '',
    fax: '',
    mobile: '',
    homephone: '',
    organisation: '',
    notes: '',
    labelList: [],
    ...fields,
  });
  return [
    entry(990_101, { displayname: 'Fax False GmbH', phone: first, fax: false }),
    entry(990_102, {
      displayname: `Zahlung${RTL_OVERRIDE}exe.pdf`,
      phone: second,
      notes: `Kontonummer ${RTL_OVERRIDE}1234 5678 bitte prüfen`,
    }),
    entry(990_103, {
      displayname: `Broken ${LONE_SURROGATE} Name`,
      phone: third,
      organisation: `Sehr lange Organisation ${'und Partner '.repeat(14)}`,
    }),
    entry(990_104, { displayname: HUGE_NAME, phone: fourth, notes: 'x'.repeat(50_000) }),
    entry(990_105, { id: { not: 'an id' } }),
  ];
}

/** Voicemail messages of the agent's INBOX with impossible fields. */
export function hostileVoicemails(mailbox: string, nowMs: number): Record<string, string | unknown>[] {
  const message = (id: string, extra: Record<string, unknown>) => ({
    origmailbox: mailbox,
    callerid: '"Hostile" <+4930555999>',
    origtime: String(Math.floor(nowMs / 1000) - 3600),
    msg_id: `hostile-${id}`,
    flag: '',
    duration: '12',
    calleridname: 'Hostile caller',
    calleridnum: '+4930555999',
    file: `${id}.txt`,
    id,
    folder: 'INBOX',
    ...extra,
  });
  return [
    message('msg9001', { calleridname: { evil: true } }),
    message('msg9002', { duration: -5 }),
    message('msg9003', { duration: 3.5 }),
    message('msg9004', { duration: 'abc' }),
    message('msg9005', { duration: ABSURD_DURATION }),
    message('..', { msg_id: '..', calleridname: 'Dot Dot' }),
    message('msg9006', { calleridname: `Rückruf${RTL_OVERRIDE}0151 2345` }),
  ];
}
