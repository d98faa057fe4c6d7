/**
 * Parse per record, not per list: one bad record of a PBX answer is left out (and reported with its
 * id), the rest of the answer stays usable; a record whose only fault is in a field it can do
 * without keeps everything else. Built on the reference's own samples, each with one record spoiled
 * the way a real PBX (or a hostile one) spoils it.
 */
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import type { DroppedData } from '../../../../electron/core/pbx/normalize';
import { trackDrops } from '../../../../electron/core/pbx/normalize';
import { cdrRecordListSchema, liveCallListSchema } from '../../../../electron/core/pbx/schemas/cdr';
import { profileListSchema, userStatesSchema } from '../../../../electron/core/pbx/schemas/identity';
import { phonebookPageSchema } from '../../../../electron/core/pbx/schemas/phonebook';
import { queueDetailSchema, queueSummaryListSchema } from '../../../../electron/core/pbx/schemas/queue';
import { voicemailMessageListSchema } from '../../../../electron/core/pbx/schemas/voicemail';
import { sample } from './scripted-api';

/** Parses `value` as the REST resources do, collecting what the edge left out. */
function decode<T extends z.ZodType>(schema: T, value: unknown) {
  const dropped: DroppedData[] = [];
  const result = trackDrops(schema, (drop) => dropped.push(drop)).safeParse(value);
  if (!result.success) throw new Error(`did not parse: ${result.error.message}`);
  return { value: result.data as z.output<T>, dropped };
}

const first = <T>(list: readonly T[]): T => {
  const item = list[0];
  if (item === undefined) throw new Error('empty list');
  return item;
};

describe('phonebook pages', () => {
  const page = sample('phonebook-global.json') as { entries: Record<string, unknown>[] };
  const good = first(page.entries);

  test('an entry with `fax: false` keeps its name and numbers; only the fax is left out', () => {
    const { value, dropped } = decode(phonebookPageSchema, {
      ...page,
      entries: [{ ...good, fax: false }],
    });
    expect(value.entries).toHaveLength(1);
    expect(first(value.entries)).toMatchObject({ id: good.id, numbers: { fax: null } });
    expect(first(value.entries).displayName).not.toBe('');
    expect(dropped).toEqual([
      { what: 'field', label: 'phonebook entry', id: String(good.id), field: 'fax', reason: 'expected text' },
    ]);
  });

  test('an entry without a usable id is left out; the entries around it stay', () => {
    const { value, dropped } = decode(phonebookPageSchema, {
      ...page,
      total: 3,
      entries: [
        { ...good, id: 1 },
        { ...good, id: { evil: true } },
        { ...good, id: 3 },
      ],
    });
    expect(value.entries.map((entry) => entry.id)).toEqual([1, 3]);
    expect(dropped).toMatchObject([{ what: 'record', label: 'phonebook entry', id: '#1', field: 'id' }]);
  });
});

describe('live calls and call records', () => {
  const live = sample('cdr-live.json');
  const history = sample('cdr-history.json') as Record<string, unknown>;

  test('a live call with an object as caller name still shows, with the number', () => {
    const { value, dropped } = decode(liveCallListSchema, [
      { ...live, srcName: { first: 'Evil' } },
      { ...live, phonecallId: 63 },
    ]);
    expect(value).toHaveLength(2);
    expect(first(value)).toMatchObject({ phonecallId: 62, src: { name: null, number: '101' } });
    expect(dropped).toEqual([
      { what: 'field', label: 'live call', id: '62', field: 'srcName', reason: 'expected text' },
    ]);
  });

  test('a call record with an object as srcName keeps the rest of the day', () => {
    const { value, dropped } = decode(cdrRecordListSchema, [
      { ...history, srcName: {} },
      { ...history, id: 285 },
    ]);
    expect(value.map((record) => [record.id, record.src.name])).toEqual([
      [284, null],
      [285, 'Andreas Grassl'],
    ]);
    expect(dropped).toMatchObject([{ what: 'field', id: '284', field: 'srcName' }]);
  });

  test('durations outside 0..86,400 s are not believed; the call stays', () => {
    const { value } = decode(liveCallListSchema, [{ ...live, duration: 1e12, connected: -5 }]);
    expect(first(value)).toMatchObject({ durationSeconds: 0, connectedSeconds: 0 });
  });
});

describe('queues and members', () => {
  const queue = first(sample('queue-list.json') as Record<string, unknown>[]);

  test.each([
    ['..', '..'],
    ['whitespace', ' \t '],
    ['a lone surrogate', 'Support\uD800'],
    ['a bidi override', 'Support\u202E'],
  ])('a queue named with %s cannot be addressed: it is left out, the others stay', (_, name) => {
    const { value, dropped } = decode(queueSummaryListSchema, [{ ...queue, '029tea_bez': name }, queue]);
    expect(value.map((summary) => summary.name)).toEqual(['Zentrale']);
    expect(dropped).toMatchObject([
      {
        what: 'record',
        label: 'queue',
        field: '029tea_bez',
        reason: 'expected a name that can be used in a request',
      },
    ]);
  });

  test('a member whose agent is an object is left out; the queue and the other members stay', () => {
    const detail = sample('queue-detail.json') as { members: Record<string, unknown>[] };
    const member = first(detail.members);
    const { value, dropped } = decode(queueDetailSchema, {
      ...detail,
      members: [{ ...member, agent: { name: 'x' } }, member],
    });
    expect(value.members.map((m) => m.agent)).toEqual([member.agent]);
    expect(dropped).toMatchObject([{ what: 'record', label: 'queue member', field: 'agent' }]);
  });
});

describe('voicemail messages', () => {
  const message = first(sample('voicemailbox-folder.json') as Record<string, unknown>[]);

  test('bad durations and an object as name leave the message in the list', () => {
    const { value, dropped } = decode(voicemailMessageListSchema, [
      { ...message, id: 'msg0000', duration: -5 },
      { ...message, id: 'msg0001', duration: 3.5 },
      { ...message, id: 'msg0002', duration: 'abc' },
      { ...message, id: 'msg0003', calleridname: { x: 1 } },
    ]);
    expect(value.map((m) => [m.id, m.durationSeconds, m.callerIdName])).toEqual([
      ['msg0000', 0, 'Tina Sander'],
      ['msg0001', 4, 'Tina Sander'],
      ['msg0002', 0, 'Tina Sander'],
      ['msg0003', 12, null],
    ]);
    expect(dropped.map((drop) => [drop.what, drop.id, drop.field])).toEqual([
      ['field', 'msg0000', 'duration'],
      ['field', 'msg0002', 'duration'],
      ['field', 'msg0003', 'calleridname'],
    ]);
  });

  test('an id of `..` is kept (the app will refuse to send it), a missing one is not', () => {
    const { value, dropped } = decode(voicemailMessageListSchema, [
      { ...message, id: '..' },
      { ...message, id: '', file: '' },
    ]);
    expect(value.map((m) => m.id)).toEqual(['..']);
    expect(dropped).toMatchObject([{ what: 'record', label: 'voicemail message', field: 'id' }]);
  });
});

describe('identity', () => {
  test('an object as a user state display name keeps the state', () => {
    const { value, dropped } = decode(userStatesSchema, {
      tsander: { state: 'Ringing', '003use_bez': { evil: 1 } },
    });
    expect(value).toEqual({ tsander: { state: 'Ringing', displayName: null } });
    expect(dropped).toMatchObject([
      { what: 'field', label: 'user state', id: 'tsander', field: '003use_bez' },
    ]);
  });

  test('a profile without an id is left out; the others stay', () => {
    const { value, dropped } = decode(profileListSchema, [
      ...(sample('identity-profiles.json') as unknown[]),
      { '017pro_bez': 'Broken' },
    ]);
    expect(value.map((profile) => profile.id)).toEqual([18, 4]);
    expect(dropped).toMatchObject([{ what: 'record', label: 'profile', id: '#2', field: '017pro_id' }]);
  });
});

describe('text made safe at the edge', () => {
  const live = sample('cdr-live.json');
  const nameOf = (srcName: unknown): string | null =>
    first(decode(liveCallListSchema, [{ ...live, srcName }]).value).src.name;

  test('a lone surrogate becomes U+FFFD, so the name can be put into a link', () => {
    const name = nameOf('Anna \uD83D Meyer');
    expect(name).toBe('Anna \uFFFD Meyer');
    expect(() => encodeURIComponent(name ?? '')).not.toThrow();
  });

  test('bidi overrides and control characters are removed', () => {
    expect(nameOf('invoice\u202Eexe.pdf')).toBe('invoiceexe.pdf');
    expect(nameOf('Anna\u0000\u001b[31m Meyer')).toBe('Anna [31m Meyer');
  });

  test('a 200 kB caller name arrives as 200 characters', () => {
    const name = nameOf('A'.repeat(200_000));
    expect(name).toHaveLength(200);
    expect(name?.endsWith('…')).toBe(true);
  });

  test('notes keep their lines and up to 2,000 characters', () => {
    const page = sample('phonebook-global.json') as { entries: Record<string, unknown>[] };
    const entry = first(page.entries);
    const { value } = decode(phonebookPageSchema, {
      ...page,
      entries: [{ ...entry, notes: `line one\nline two ${'x'.repeat(5000)}` }],
    });
    const notes = first(value.entries).notes ?? '';
    expect(notes.startsWith('line one\nline two')).toBe(true);
    expect(notes).toHaveLength(2000);
  });
});
