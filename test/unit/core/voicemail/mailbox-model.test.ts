import { describe, expect, test } from 'vitest';
import type { VoicemailMessage } from '../../../../electron/core/pbx/schemas/voicemail';
import { ArrivalTracker } from '../../../../electron/core/voicemail/arrivals';
import { MailboxModel, messageKey, pbxAddress } from '../../../../electron/core/voicemail/mailbox-model';

function message(overrides: Partial<VoicemailMessage> & { id: string }): VoicemailMessage {
  return {
    msgId: null,
    folder: 'INBOX',
    origMailbox: '221',
    callerIdName: 'Sabine Weiß',
    callerIdNum: '01721234567',
    callerId: null,
    origTimeMs: 1_700_000_000_000,
    origDate: null,
    durationSeconds: 12,
    flag: null,
    category: null,
    ...overrides,
  };
}

const listing = (folder: string, messages: VoicemailMessage[], truncated = false) => ({
  folder,
  messages,
  truncated,
});

describe('the mailbox model', () => {
  test('keys messages by msg_id, so a reused file name is a different message', () => {
    const model = new MailboxModel();
    model.apply([listing('INBOX', [message({ id: 'msg0000', msgId: '1700000000-00000001' })])]);
    const first = model.messages[0]?.key;
    // msg0000 was deleted and Asterisk gave its file name to the next message.
    const changed = model.apply([
      listing('INBOX', [
        message({ id: 'msg0000', msgId: '1700000100-00000002', origTimeMs: 1_700_000_100_000 }),
      ]),
    ]);
    expect(changed).toBe(true);
    expect(model.messages.map((m) => m.key)).toEqual(['1700000100-00000002']);
    expect(first).toBe('1700000000-00000001');
  });

  test('without msg_id the key is made from folder, file and time, within the characters commands accept', () => {
    const key = messageKey(message({ id: 'msg 0001', origTimeMs: 5000 }), 'Family Stuff');
    expect(key).toBe('Family_Stuff/msg_0001@5000');
    expect(pbxAddress({ key, folder: 'Family Stuff', message: message({ id: 'msg0001' }) })).toEqual({
      folder: 'Family Stuff',
      id: 'msg0001',
    });
    expect(pbxAddress({ key, folder: 'INBOX', message: message({ id: 'msg0001', msgId: 'x-1' }) })).toEqual({
      folder: '*',
      id: 'x-1',
    });
  });

  test('lists every folder newest first and counts the unheard ones (INBOX and Urgent)', () => {
    const model = new MailboxModel();
    model.apply([
      listing('INBOX', [message({ id: 'msg0000', msgId: 'a', origTimeMs: 3000 })]),
      listing('Old', [message({ id: 'msg0000', msgId: 'b', origTimeMs: 5000, folder: 'Old' })]),
      listing('Urgent', [message({ id: 'msg0000', msgId: 'c', origTimeMs: 1000, folder: 'Urgent' })]),
    ]);
    expect(model.messages.map((m) => m.key)).toEqual(['b', 'a', 'c']);
    expect(model.unread(new Set(), null)).toBe(2);
    expect(model.unread(new Set(['a']), null)).toBe(1);
    expect(model.folders(new Set()).map((f) => `${f.name}:${f.kind}:${f.count}`)).toEqual([
      'INBOX:new:1',
      'Urgent:urgent:1',
      'Old:heard:1',
    ]);
  });

  test('an INBOX listing cut off at its limit is topped up by the HEAD count', () => {
    const model = new MailboxModel();
    model.apply([listing('INBOX', [message({ id: 'msg0000', msgId: 'a' })], true)]);
    expect(model.unread(new Set(), 75)).toBe(75);
    expect(model.unread(new Set(), null)).toBe(1);
  });

  test('a listing with the same messages in the same folders is no change; a move is', () => {
    const model = new MailboxModel();
    const inbox = [message({ id: 'msg0000', msgId: 'a' })];
    expect(model.apply([listing('INBOX', inbox), listing('Old', [])])).toBe(true);
    expect(model.apply([listing('INBOX', inbox), listing('Old', [])])).toBe(false);
    expect(
      model.apply([
        listing('INBOX', []),
        listing('Old', [message({ id: 'msg0000', msgId: 'a', folder: 'Old' })]),
      ]),
    ).toBe(true);
  });
});

describe('arrivals', () => {
  const stored = (key: string, folder = 'INBOX') => ({
    key,
    folder,
    message: message({ id: key, msgId: key }),
  });

  test('the first listing is what was already there; later unseen unheard messages are new', () => {
    const arrivals = new ArrivalTracker();
    expect(arrivals.arrivals('221', [stored('a'), stored('b', 'Old')])).toEqual([]);
    expect(
      arrivals.arrivals('221', [stored('c'), stored('a'), stored('b', 'Old')]).map((s) => s.key),
    ).toEqual(['c']);
    expect(arrivals.arrivals('221', [stored('c'), stored('a')])).toEqual([]);
  });

  test('a message that first shows up in Old (heard elsewhere) is not announced', () => {
    const arrivals = new ArrivalTracker();
    arrivals.arrivals('221', []);
    expect(arrivals.arrivals('221', [stored('x', 'Old')])).toEqual([]);
  });

  test('another mailbox starts over', () => {
    const arrivals = new ArrivalTracker();
    arrivals.arrivals('221', [stored('a')]);
    expect(arrivals.arrivals('230', [stored('z')])).toEqual([]);
    expect(arrivals.arrivals('230', [stored('z'), stored('y')]).map((s) => s.key)).toEqual(['y']);
  });
});
