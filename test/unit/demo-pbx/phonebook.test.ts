import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEMO_CALLERS } from '../../../electron/demo-pbx/index';
import { startTestPbx, type TestPbx } from './helpers';

type Entry = Record<string, unknown> & { id: number; displayname: string };
type Page = { total: number; limit: number; offset: number; scroll: number; entries: Entry[] };

describe('phonebook: global search, private phonebooks, totals and edits', () => {
  let t: TestPbx;
  beforeEach(async () => {
    t = await startTestPbx();
  });
  afterEach(() => t.pbx.close());

  test('the global phonebook holds the configured number of contacts plus the users', async () => {
    const page = await t.json<Page>('phonebook/');
    const contacts = page.entries.filter((e) => e.type === '028phonebook');
    expect(contacts).toHaveLength(300);
    expect(page.entries.filter((e) => e.type === '011account').length).toBeGreaterThanOrEqual(10);
    expect(page).toMatchObject({ total: page.entries.length, limit: 0, offset: 0, scroll: 0 });
    expect(contacts.every((e) => e.phonebookType === null && e.phonebookName === null)).toBe(true);
    const withApostrophe = contacts.filter((e) => e.displayname.includes("'"));
    expect(withApostrophe.length).toBeGreaterThan(0);
    expect(contacts.some((e) => /[äöüß]/i.test(e.displayname))).toBe(true);
  });

  test('numbers come in every real format', async () => {
    const numbers = (await t.json<Page>('phonebook/')).entries
      .flatMap((e) => [e.phone, e.mobile])
      .filter((n): n is string => typeof n === 'string');
    const formats = [
      /^\+49 \d{2,4} \d+$/,
      /^0049\d+$/,
      /^0\d{2,4} \d+$/,
      /^01\d{2}-\d+$/,
      /^\+43 /,
      /^\d{3}$/,
      /^\(0\d+\) /,
    ];
    for (const format of formats)
      expect(
        numbers.some((n) => format.test(n)),
        String(format),
      ).toBe(true);
  });

  test('search matches any field, case-insensitively, and number fragments ignore formatting', async () => {
    const byName = await t.json<Page>('phonebook/?search=tina');
    expect(byName.entries.map((e) => e.displayname)).toContain('Tina Sander');
    expect(byName.entries.find((e) => e.displayname === 'Tina Sander')).toMatchObject({
      type: '011account',
      phone: '221',
    });
    const byNumber = await t.json<Page>('phonebook/?search=2380000');
    expect(byNumber.entries.map((e) => e.displayname).sort()).toEqual([
      DEMO_CALLERS.stadtwerkeZentrale.displayname,
      DEMO_CALLERS.stadtwerkeOeztuerk.displayname,
    ]);
    const byOrganisation = await t.json<Page>(`phonebook/?search=${encodeURIComponent('müller & söhne')}`);
    expect(byOrganisation.entries.map((e) => e.displayname)).toContain(DEMO_CALLERS.lukasMueller.displayname);
    expect(byOrganisation.entries.every((e) => e.organisation === 'Müller & Söhne GmbH')).toBe(true);
  });

  test('letter, offset and limit page through the result', async () => {
    const letter = await t.json<Page>('phonebook/?letter=m');
    expect(letter.entries.length).toBeGreaterThan(0);
    expect(letter.entries.every((e) => e.displayname.normalize('NFD').toLowerCase().startsWith('m'))).toBe(
      true,
    );
    const first = await t.json<Page>('phonebook/?limit=50&offset=0');
    const second = await t.json<Page>('phonebook/?limit=50&offset=50');
    expect(first.entries).toHaveLength(50);
    expect(first.scroll).toBe(50);
    expect(second.entries[0]?.id).not.toBe(first.entries[0]?.id);
    expect(second.offset).toBe(50);
    expect((await t.api('phonebook/?limit=ten')).status).toBe(400);
  });

  test('HEAD gives the totals in x-total and x-totalfiltered', async () => {
    const all = await t.api('phonebook/', { method: 'HEAD' });
    expect(all.status).toBe(200);
    const total = Number(all.headers.get('x-total'));
    expect(total).toBeGreaterThan(300);
    const filtered = await t.api('phonebook/?search=2380000', { method: 'HEAD' });
    expect(Number(filtered.headers.get('x-total'))).toBe(total);
    expect(Number(filtered.headers.get('x-totalfiltered'))).toBe(2);
    expect(await filtered.text()).toBe('');
    const own = await t.api('phonebook/identity/tsander', { method: 'HEAD' });
    expect(Number(own.headers.get('x-total'))).toBe(12);
  });

  test("the agent's private phonebook, alone and with scope=all", async () => {
    const own = await t.json<Page>('phonebook/identity/tsander');
    expect(own.total).toBe(12);
    expect(own.entries.every((e) => e.phonebookType === 'identity' && e.phonebookName === 'tsander')).toBe(
      true,
    );
    expect(own.entries.map((e) => e.displayname)).toContain(DEMO_CALLERS.kaetheGross.displayname);
    const all = await t.json<Page>('phonebook/identity/tsander?scope=all&search=Groß');
    expect(all.entries.map((e) => e.phonebookName)).toEqual(expect.arrayContaining(['tsander', null]));
    expect((await t.api('phonebook/identity/nobody')).status).toBe(404);
  });

  test('create global and private entries, read, update and delete them', async () => {
    const created = await t.post('phonebook/', {
      type: '028phonebook',
      displayname: 'Chaos Computer - Michael Mustermann',
      firstname: 'Michael',
      surname: 'Mustermann',
      phone: '0991123455677',
      email: 'mmustermann@cc.de',
      fax: '',
      labelList: [],
    });
    expect(created.status).toBe(200);
    const entry = (await created.json()) as Entry;
    expect(entry).toMatchObject({
      type: '028phonebook',
      phonebookType: null,
      fax: null,
      phone: '0991123455677',
    });
    expect(await t.json<Entry>(`phonebook/${entry.id}`)).toMatchObject({
      displayname: 'Chaos Computer - Michael Mustermann',
    });

    const updated = await t.post(`phonebook/${entry.id}`, {
      phone: '+49 991 123455677',
      notes: 'Rückruf erbeten',
    });
    expect(await updated.json()).toMatchObject({
      phone: '+49 991 123455677',
      notes: 'Rückruf erbeten',
      firstname: 'Michael',
    });

    const mine = (await (
      await t.post('phonebook/identity/tsander', {
        firstname: 'Renate',
        surname: "D'Souza",
        mobile: '0176 1234567',
      })
    ).json()) as Entry;
    expect(mine).toMatchObject({
      displayname: "Renate D'Souza",
      phonebookType: 'identity',
      phonebookName: 'tsander',
    });
    expect((await t.json<Page>('phonebook/identity/tsander')).total).toBe(13);

    expect((await t.api(`phonebook/${entry.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await t.api(`phonebook/${entry.id}`)).status).toBe(404);
    expect((await t.post('phonebook/', { notes: 'no name' })).status).toBe(400);
    expect((await t.api('phonebook/', { method: 'POST', body: '{oops' })).status).toBe(400);
  });

  test('copy an entry into a private phonebook', async () => {
    const [lukas] = (await t.json<Page>('phonebook/?search=Lukas%20M%C3%BCller')).entries;
    const copied = await t.post(`phonebook/${String(lukas?.id)}/action`, {
      action: 'copy',
      source: { type: 'null', name: 'null' },
      target: { type: 'identity', name: 'tsander' },
    });
    expect(await copied.json()).toMatchObject({ phonebookName: 'tsander', displayname: lukas?.displayname });
  });
});
