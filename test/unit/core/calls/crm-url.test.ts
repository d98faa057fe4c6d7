import { describe, expect, test } from 'vitest';
import { buildCrmUrl, type CrmValues, checkCrmTemplate } from '../../../../electron/core/calls/crm-url';

const values: CrmValues = {
  number: '0891234567',
  e164: '+49891234567',
  name: 'Müller & Söhne GmbH / #1?x=y',
  queue: 'Support',
};

describe('the CRM link', () => {
  test('fills every placeholder percent-encoded, so a name cannot add parameters or change the path', () => {
    const built = buildCrmUrl(
      'https://crm.example.com/find?phone={e164}&n={number}&who={name}&q={queue}',
      values,
    );
    expect(built).toEqual({
      ok: true,
      url: 'https://crm.example.com/find?phone=%2B49891234567&n=0891234567&who=M%C3%BCller%20%26%20S%C3%B6hne%20GmbH%20%2F%20%231%3Fx%3Dy&q=Support',
    });
    const url = new URL(built.ok ? built.url : '');
    expect([...url.searchParams.keys()]).toEqual(['phone', 'n', 'who', 'q']);
    expect(url.searchParams.get('who')).toBe(values.name);
  });

  test('placeholders in the path and fragment work; missing values become empty; names are case-insensitive', () => {
    expect(buildCrmUrl('https://crm.example.com/c/{E164}#{queue}', { ...values, queue: null })).toEqual({
      ok: true,
      url: 'https://crm.example.com/c/%2B49891234567#',
    });
  });

  test.each([
    ['http://crm.example.com/?q={number}', 'not-https'],
    ['javascript:alert(1)//{number}', 'not-https'],
    ['file:///etc/passwd', 'not-https'],
    ['https://{name}.example.com/', 'placeholder-in-host'],
    ['https://crm.example.com{number}/', 'placeholder-in-host'],
    ['https://crm.example.com/?q={phone}', 'unknown-placeholder'],
    ['https://crm.example.com/?q={number', 'unknown-placeholder'],
    ['https://user:secret@crm.example.com/?q={number}', 'has-credentials'],
    ['https:// /?q={number}', 'not-a-url'],
  ])('refuses %s (%s)', (template, problem) => {
    expect(buildCrmUrl(template, values)).toEqual({ ok: false, reason: problem });
    expect(checkCrmTemplate(template)).toBe(problem);
  });

  test('a template without placeholders is fine', () => {
    expect(checkCrmTemplate('https://crm.example.com/inbox')).toBeNull();
  });
});

describe('a value cannot walk the CRM path', () => {
  const template = 'https://crm.example.com/contacts/{name}/calls?q={queue}';

  test.each(['..', '.'])('a name of "%s" would remove a path segment: the link is refused', (name) => {
    expect(buildCrmUrl(template, { ...values, name })).toEqual({ ok: false, reason: 'unusable-value' });
  });

  test('dots inside a value are encoded and the path keeps its segments', () => {
    const built = buildCrmUrl(template, { ...values, name: 'J. R. ..Ewing', queue: '..' });
    expect(built).toEqual({
      ok: true,
      url: 'https://crm.example.com/contacts/J%2E%20R%2E%20%2E%2EEwing/calls?q=%2E%2E',
    });
    expect(new URL(built.ok ? built.url : '').pathname.split('/')).toHaveLength(4);
  });

  test('an already encoded dot-segment in a value stays data', () => {
    expect(buildCrmUrl(template, { ...values, name: '%2E%2E' })).toEqual({
      ok: true,
      url: 'https://crm.example.com/contacts/%252E%252E/calls?q=Support',
    });
  });
});
