/**
 * What a forward may point at: a number, read by the dial input's number hygiene (a pasted
 * signature, `Mobil: 0160 / 555 02 21`, a colleague's extension), never a name, a service code
 * or the agent's own extension (which would forward the line to itself). Anything else is refused
 * with the reason (`CommandError.detail`: `forward-<dial input problem>`, `forward-service-code`,
 * `forward-own-extension`), and nothing is sent.
 */
import { parseDialInput } from '../phone/dial-input';
import type { NumberContext } from '../phone/phone-number';

export type ForwardTarget = { ok: true; digits: string; display: string } | { ok: false; reason: string };

export function forwardTargetOf(
  raw: string,
  context: NumberContext,
  ownExtension: string | null,
): ForwardTarget {
  const input = parseDialInput(raw, context);
  if (!input.ok) return { ok: false, reason: `forward-${input.problem}` };
  // `*21*...#` is how a phone sets a forward itself; as a forward target it reaches nobody.
  if (input.kind === 'service') return { ok: false, reason: 'forward-service-code' };
  if (ownExtension !== null && input.digits === ownExtension)
    return { ok: false, reason: 'forward-own-extension' };
  return { ok: true, digits: input.digits, display: input.display };
}
