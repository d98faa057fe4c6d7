import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { basicAuthFromPassword, basicAuthFromString } from '../../../../electron/core/pbx/auth';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('Basic credentials from API user and password', () => {
  test('builds the header, UTF-8 safe', () => {
    const auth = basicAuthFromPassword('moby', 'pässwörd€');
    expect(auth.ok && auth.value.headerValue()).toBe(`Basic ${base64('moby:pässwörd€')}`);
  });

  test('a password may contain a colon, a user may not', () => {
    expect(basicAuthFromPassword('moby', 'a:b').ok).toBe(true);
    expect(basicAuthFromPassword('mo:by', 'x')).toEqual({ ok: false, reason: 'username-has-colon' });
  });

  test.each([
    ['', '', 'empty'],
    ['  ', 'secret', 'empty-username'],
    ['moby', '', 'empty-password'],
    ['moby', 'line\nbreak', 'control-characters'],
  ])('%j / %j is refused as %s', (user, password, reason) => {
    expect(basicAuthFromPassword(user, password)).toEqual({ ok: false, reason });
  });
});

describe('Basic credentials from the pasted "Basic Auth String"', () => {
  const token = base64('moby:Gen3rated/Secret+');

  test.each([token, `Basic ${token}`, `  basic   ${token}\n`, `Authorization: Basic ${token}`])(
    '%j is accepted',
    (pasted) => {
      const auth = basicAuthFromString(pasted);
      expect(auth.ok && auth.value.headerValue()).toBe(`Basic ${token}`);
      expect(auth.ok && auth.value.username).toBe('moby');
    },
  );

  test('missing padding and the URL-safe alphabet are accepted and sent in standard form', () => {
    const standard = base64('moby:??>>');
    const urlSafe = standard.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const auth = basicAuthFromString(urlSafe);
    expect(auth.ok && auth.value.headerValue()).toBe(`Basic ${standard}`);
  });

  test.each([
    ['', 'empty'],
    ['Basic ', 'empty'],
    ['not base64!', 'not-base64'],
    ['abcde', 'not-base64'],
    [base64('no colon here'), 'not-user-password'],
    [base64(':password'), 'empty-username'],
    [base64('moby:'), 'empty-password'],
    [Buffer.from([0x6d, 0x3a, 0xff, 0xfe]).toString('base64'), 'not-utf8'],
  ])('%j is refused as %s', (pasted, reason) => {
    expect(basicAuthFromString(pasted)).toEqual({ ok: false, reason });
  });

  test('the secret shows up nowhere but in the header value', () => {
    const auth = basicAuthFromPassword('moby', 'TopSecret123');
    if (!auth.ok) throw new Error('expected valid credentials');
    const shown = [String(auth.value), JSON.stringify(auth.value), inspect(auth.value), `${auth.value}`].join(
      ' ',
    );
    expect(shown).toContain('moby');
    expect(shown).not.toContain('TopSecret123');
    expect(shown).not.toContain(base64('moby:TopSecret123'));
  });

  test('a rejection reason never carries the pasted text', () => {
    const result = basicAuthFromString(base64('no-colon-TopSecret'));
    expect(JSON.stringify(result)).not.toContain('TopSecret');
  });
});
