import { decodeText, ERROR_FIELDS, messageField } from './response-body';

const MAX_DETAIL_CHARS = 160;

/** A short reason from an error body (`{"message": ...}` or one line of text), secrets removed. */
export function errorDetailFromBody(bytes: Uint8Array, authorization: string): string | undefined {
  const text = decodeText(bytes).trim();
  if (text === '' || text.startsWith('<')) return undefined;
  let reason = text;
  try {
    const parsed: unknown = JSON.parse(text);
    reason = typeof parsed === 'string' ? parsed : (messageField(parsed, ERROR_FIELDS) ?? '');
  } catch {
    // Plain text is used as it is.
  }
  const line = reason.split(/\r?\n/)[0]?.trim() ?? '';
  if (line === '') return undefined;
  const redacted = redactSecrets(line, authorization);
  return redacted.length > MAX_DETAIL_CHARS ? `${redacted.slice(0, MAX_DETAIL_CHARS)}…` : redacted;
}

/** A PBX that echoes the request must not smuggle the credentials into an error message. */
function redactSecrets(text: string, authorization: string): string {
  const token = authorization.replace(/^basic\s+/i, '');
  const secrets = [token];
  try {
    const decoded = decodeText(Uint8Array.from(atob(token), (char) => char.charCodeAt(0)));
    const password = decoded.slice(decoded.indexOf(':') + 1);
    secrets.push(decoded);
    if (password.length >= 3) secrets.push(password);
  } catch {
    // Not Basic: only the raw token is redacted.
  }
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 3) out = out.split(secret).join('[redacted]');
  }
  return out;
}
