/**
 * The support log's redaction with real secrets, Basic strings and phone numbers in lines as the
 * app writes them (JSON lines from core/log.ts) and as error texts quote them.
 */
import { describe, expect, it } from 'vitest';
import { redactLine, redactLines } from '../../../../electron/core/desktop/redact-log';
import { createLogger } from '../../../../electron/core/log';

const password = 'Tr0ub4dor&"3\\x';
const basic = `Basic ${Buffer.from(`api:${password}`).toString('base64')}`;
const options = { secrets: [password], users: ['api', 'tsander'], numbers: false };

/** A line exactly as the app's logger writes it. */
function logged(message: string, fields: Record<string, string | number>): string {
  let line = '';
  createLogger({ sink: (text) => (line = text), now: () => Date.UTC(2026, 11, 7, 1, 5, 9) }).log(
    'info',
    message,
    fields,
  );
  return line;
}

describe('support log redaction', () => {
  it('takes the secret out as typed, JSON-escaped, URL-encoded and inside the Basic header', () => {
    const lines = [
      logged('connect', { error: `refused password ${password}` }),
      `plain text ${password} end`,
      logged('request', { url: `https://pbx.example.com/?p=${encodeURIComponent(password)}` }),
      logged('header', { authorization: Buffer.from(`api:${password}`).toString('base64') }),
    ];
    const { text, redactions } = redactLines(lines, options);
    expect(text).not.toContain(password);
    expect(text).not.toContain(JSON.stringify(password).slice(1, -1));
    expect(text).not.toContain(encodeURIComponent(password));
    expect(text).not.toContain(Buffer.from(`api:${password}`).toString('base64'));
    expect(text.match(/\[secret\]/g)).toHaveLength(4);
    expect(redactions).toBe(4);
  });

  it('takes out any Basic or Bearer credential and user info in addresses, known or not', () => {
    const line = logged('failed', {
      error: `upstream said: Authorization: ${basic}; also Bearer eyJhbGciOiJIUzI1NiJ9.e30.x`,
      url: 'https://admin:s3cr3t@pbx.example.com/services/',
    });
    const { text } = redactLine(line, { secrets: [], users: [], numbers: false });
    expect(text).not.toContain(basic.slice(6));
    expect(text).not.toContain('eyJhbGciOiJIUzI1NiJ9');
    expect(text).not.toContain('admin:s3cr3t');
    expect(text).toContain('Authorization: Basic [secret]');
    expect(text).toContain('https://[secret]@pbx.example.com/services/');
    // What remains is still one JSON line a support engineer can read.
    expect(JSON.parse(text)).toMatchObject({ message: 'failed', level: 'info' });
  });

  it('takes out phone numbers only when asked, and leaves times, versions, addresses and ids', () => {
    const line = logged('dial', {
      destination: '+49 89 1234567',
      display: '089/123-4567',
      other: '(030) 555 1234',
      version: '1.13.16',
      host: '192.168.178.20:8443',
      phonecallId: 4711234,
      extension: '221',
    });
    expect(redactLine(line, options).text).toBe(line);
    const { text, redactions } = redactLine(line, { ...options, numbers: true });
    const fields = JSON.parse(text);
    expect(fields).toMatchObject({
      t: '2026-12-07T01:05:09.000Z',
      destination: '[number]',
      display: '[number]',
      other: '[number]',
      version: '1.13.16',
      host: '192.168.178.20:8443',
      phonecallId: 4711234,
      extension: '221',
    });
    expect(redactions).toBe(3);
  });

  it('leaves a line with nothing to hide as it was', () => {
    const line = logged('started', { status: 'online', version: '0.1.0' });
    expect(redactLine(line, { ...options, numbers: true })).toEqual({ text: line, redactions: 0 });
  });
});
