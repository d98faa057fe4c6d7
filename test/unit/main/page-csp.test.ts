/**
 * Each page carries the app's Content Security Policy in a <meta> as well as in the app://
 * protocol's header: the same directives, less the one a meta cannot set (frame-ancestors).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/main/app-protocol';

const directives = (policy: string) =>
  policy
    .split(';')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part !== '');

describe('the pages’ own CSP', () => {
  test.each(['panel', 'popup', 'settings'])('%s.html has the header policy in its <meta>', (page) => {
    const html = readFileSync(new URL(`../../../renderer/${page}.html`, import.meta.url), 'utf8');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/gi)];
    expect(metas).toHaveLength(1);
    // Before any script: a policy applies only to what comes after it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(directives(metas[0]?.[1] ?? '')).toEqual(
      directives(contentSecurityPolicy).filter((directive) => !directive.startsWith('frame-ancestors')),
    );
  });
});
