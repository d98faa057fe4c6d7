import { describe, expect, it } from 'vitest';
import type { LogFields, Logger, LogLevel } from '../../../electron/core/ports';
import { checkExternalUrl, createExternalOpener } from '../../../electron/main/open-external';

function recordingLogger(lines: { level: LogLevel; message: string; fields?: LogFields }[]): Logger {
  const logger: Logger = {
    log: (level, message, fields) => lines.push({ level, message, ...(fields ? { fields } : {}) }),
    child: () => logger,
  };
  return logger;
}

describe('opening links outside the app', () => {
  it('opens an https link, rebuilt from its parsed parts', () => {
    expect(checkExternalUrl('https://crm.example.com/contacts?number=%2B4989123#top')).toEqual({
      ok: true,
      url: 'https://crm.example.com/contacts?number=%2B4989123#top',
    });
    // The parser's reading is what gets opened: host lower-cased, spaces encoded, default port dropped.
    expect(checkExternalUrl('https://CRM.Example.com:443/a b')).toEqual({
      ok: true,
      url: 'https://crm.example.com/a%20b',
    });
    expect(checkExternalUrl('https://crm.example.com:8443/x')).toEqual({
      ok: true,
      url: 'https://crm.example.com:8443/x',
    });
  });

  it.each([
    ['javascript:alert(1)', 'scheme-not-allowed'],
    ['file:///etc/passwd', 'scheme-not-allowed'],
    ['http://crm.example.com/', 'scheme-not-allowed'],
    ['smb://fileserver/share', 'scheme-not-allowed'],
    ['app://companion/panel.html', 'scheme-not-allowed'],
    ['https://bank.example@evil.example/', 'has-credentials'],
    ['not a url', 'not-a-url'],
    ['', 'not-a-url'],
  ])('refuses %s', (raw, reason) => {
    expect(checkExternalUrl(raw)).toEqual({ ok: false, reason });
  });

  it('refuses values that are not strings at all', () => {
    expect(checkExternalUrl(42)).toEqual({ ok: false, reason: 'not-a-url' });
    expect(checkExternalUrl({ toString: () => 'https://example.com' })).toEqual({
      ok: false,
      reason: 'not-a-url',
    });
  });

  it('hands only allowed links to the shell and logs refusals without the URL', async () => {
    const opened: string[] = [];
    const lines: { level: LogLevel; message: string; fields?: LogFields }[] = [];
    const open = createExternalOpener(async (url) => {
      opened.push(url);
    }, recordingLogger(lines));

    expect(open('https://example.com/help')).toBe(true);
    expect(open('file:///home/agent/.ssh/id_rsa')).toBe(false);
    expect(open('javascript:alert(document.cookie)')).toBe(false);

    expect(opened).toEqual(['https://example.com/help']);
    expect(lines.filter((line) => line.message === 'external link refused')).toHaveLength(2);
    expect(JSON.stringify(lines)).not.toContain('id_rsa');
  });
});
