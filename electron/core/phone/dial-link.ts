/**
 * Reads `tel:`, `callto:` and `sip:` links (RFC 3966 and what CRMs, browsers and signatures
 * really send) down to the number they carry. Strict about what may stand in the number part:
 * only digits, a leading `+`, `*`/`#` and visual separators; a link whose number has letters, a
 * SIP address of a person (`sip:alice@example.com`) or an unknown scheme is refused with a reason.
 * The number text returned still has its separators; dial-input.ts turns it into digits.
 */
import type { DialInputProblem } from '../../shared/features/dial';

export type DialLinkScheme = 'tel' | 'callto' | 'sip';

export type DialLink =
  | { ok: true; scheme: DialLinkScheme; number: string; extension: string | null }
  | { ok: false; problem: DialInputProblem };

const schemePattern = /^(tel|callto|sips?):/i;
/** RFC 3966 visual separators, plus the space a `%20` becomes. */
const numberCharacters = /^[+]?[0-9*#\-.() ]+$/;
const maxLinkLength = 2048;

export function looksLikeDialLink(text: string): boolean {
  return schemePattern.test(text.trim());
}

export function parseDialLink(raw: string): DialLink {
  const text = raw.trim();
  if (text.length > maxLinkLength) return { ok: false, problem: 'too-long' };
  const match = schemePattern.exec(text);
  if (!match?.[1]) return { ok: false, problem: 'unsupported-link' };
  const schemeText = match[1].toLowerCase();
  const scheme: DialLinkScheme = schemeText.startsWith('sip') ? 'sip' : (schemeText as DialLinkScheme);
  // `tel://` and `callto://` are wrong by the RFCs but common in CRMs and e-mail signatures.
  let rest = text.slice(match[0].length).replace(/^\/\//, '');
  // Query and headers (`callto:+49...?call`, `sip:...?subject=`) carry nothing to dial.
  rest = rest.split('?')[0] ?? '';
  const decoded = decodeOnce(rest);
  if (decoded === null) return { ok: false, problem: 'unsupported-link' };
  return scheme === 'sip' ? fromSip(decoded) : fromTel(scheme, decoded);
}

function decodeOnce(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** `tel:` and `callto:`: the number, then `;name=value` parameters. */
function fromTel(scheme: DialLinkScheme, text: string): DialLink {
  const [numberPart = '', ...parameterParts] = text.split(';');
  const number = numberPart.trim();
  let extension: string | null = null;
  let context: string | null = null;
  for (const part of parameterParts) {
    const [name = '', value = ''] = part.split('=', 2).map((piece) => piece.trim());
    const key = name.toLowerCase();
    // RFC 3966 parameter names are words (`ext`, `isub`, `phone-context`); digits here are no parameter.
    if (!/^[a-z][a-z0-9-]*$/.test(key)) return { ok: false, problem: 'unsupported-link' };
    if (key === 'ext') {
      if (extension !== null || !/^[0-9\-.()]+$/.test(value))
        return { ok: false, problem: 'unsupported-link' };
      extension = value.replace(/[-.()]/g, '');
    } else if (key === 'phone-context') {
      context = value;
    }
    // isub, postd and the rest say nothing about whom to call.
  }
  // `callto:` also carries Skype and other user names: those have no number.
  if (scheme === 'callto' && /\p{L}/u.test(number)) return { ok: false, problem: 'link-without-number' };
  const checked = checkNumber(number);
  if (!checked.ok) return checked;
  if (context !== null && !number.startsWith('+') && /^\+[0-9\-.()]+$/.test(context)) {
    // A local number in a global context (`tel:1234;phone-context=+49-89`) is that context's number.
    return { ok: true, scheme, number: `${context}${number}`, extension };
  }
  return { ok: true, scheme, number, extension };
}

/** `sip:221@pbx.example`, `sip:+49891234567@pbx.example;user=phone`, `sip:221`. */
function fromSip(text: string): DialLink {
  const at = text.indexOf('@');
  const userPart = (at >= 0 ? text.slice(0, at) : text.split(';')[0]) ?? '';
  // User parameters (`;isub=`) and a password (`user:secret@`) are not part of the number.
  const user = (userPart.split(';')[0] ?? '').split(':')[0]?.trim() ?? '';
  if (user === '') return { ok: false, problem: 'link-without-number' };
  // A person's SIP address (`sip:alice@example.com`) has no number the PBX could dial.
  if (/\p{L}/u.test(user)) return { ok: false, problem: 'link-without-number' };
  const checked = checkNumber(user);
  return checked.ok ? { ok: true, scheme: 'sip', number: user, extension: null } : checked;
}

function checkNumber(number: string): { ok: true } | { ok: false; problem: DialInputProblem } {
  if (number === '' || !/[0-9]/.test(number)) return { ok: false, problem: 'link-without-number' };
  if (/\p{L}/u.test(number)) return { ok: false, problem: 'letters' };
  if (!numberCharacters.test(number)) return { ok: false, problem: 'not-a-number' };
  return { ok: true };
}
