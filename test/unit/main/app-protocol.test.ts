import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log';
import {
  contentSecurityPolicy,
  isAppUrl,
  pageUrl,
  resolveAppPath,
  serveAppRequest,
} from '../../../electron/main/app-protocol';

let workspace: string;
let rendererRoot: string;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  rendererRoot = join(workspace, 'renderer');
  mkdirSync(join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(join(rendererRoot, 'panel.html'), '<!doctype html><title>Panel</title>');
  writeFileSync(join(rendererRoot, 'assets', 'panel-abc123.js'), 'console.log(1)');
  writeFileSync(join(workspace, 'secret.txt'), 'outside the renderer folder');
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('the app:// protocol', () => {
  it('builds page URLs on the app origin', () => {
    expect(pageUrl('panel')).toBe('app://companion/panel.html');
    expect(pageUrl('popup', { call: '4711/2' })).toBe('app://companion/popup.html?call=4711%2F2');
    expect(isAppUrl('app://companion/settings.html')).toBe(true);
    expect(isAppUrl('app://elsewhere/settings.html')).toBe(false);
    expect(isAppUrl('https://companion/settings.html')).toBe(false);
  });

  it('serves a page with the Content-Security-Policy as a response header', async () => {
    const response = await serveAppRequest(
      rendererRoot,
      new Request('app://companion/panel.html'),
      silentLogger,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Panel</title>');
  });

  it('serves scripts from the assets folder, a query string does not matter', async () => {
    const response = await serveAppRequest(
      rendererRoot,
      new Request('app://companion/assets/panel-abc123.js?v=1'),
      silentLogger,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('keeps the policy strict: no inline scripts, no network, nothing framed', () => {
    const directives = new Map(
      contentSecurityPolicy.split('; ').map((directive) => {
        const [name = '', ...values] = directive.split(' ');
        return [name, values.join(' ')];
      }),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('media-src')).toBe('blob:');
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });

  it.each([
    'app://companion/../secret.txt',
    'app://companion/%2e%2e/secret.txt',
    'app://companion/..%2fsecret.txt',
    'app://companion/assets/..%2f..%2fsecret.txt',
    'app://companion/..%5csecret.txt',
    'app://companion/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://companion/panel.html%00.js',
  ])('refuses to leave the renderer folder: %s', async (url) => {
    const resolution = resolveAppPath(rendererRoot, url);
    if (resolution.ok) expect(resolution.filePath.startsWith(rendererRoot)).toBe(true);
    const response = await serveAppRequest(rendererRoot, new Request(url), silentLogger);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it('refuses other hosts, unknown file types, missing files and writes', async () => {
    expect(resolveAppPath(rendererRoot, 'app://other/panel.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppPath(rendererRoot, 'app://companion/')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppPath(rendererRoot, 'app://companion/panel.exe')).toMatchObject({
      ok: false,
      status: 404,
    });
    const missing = await serveAppRequest(
      rendererRoot,
      new Request('app://companion/nope.html'),
      silentLogger,
    );
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const post = await serveAppRequest(
      rendererRoot,
      new Request('app://companion/panel.html', { method: 'POST', body: 'x' }),
      silentLogger,
    );
    expect(post.status).toBe(405);
  });
});
