/**
 * Where a test's command comes from when the test does not say: the window the UI sends it from
 * (the first window its access rule names, shared/command-access.ts). A command sent "from the
 * popup" comes from the popup of the call it names, as the host would have opened it.
 */
import type { CommandOrigin } from '../../electron/core/commands/dispatch';
import { commandAccess, type WindowKind } from '../../electron/shared/contract';

export function originFor(name: unknown, input: unknown, window?: WindowKind): CommandOrigin {
  const from = window ?? commandAccess[String(name)]?.windows[0] ?? 'panel';
  if (from !== 'popup') return { window: from };
  const callId =
    typeof input === 'object' && input !== null ? (input as { callId?: unknown }).callId : undefined;
  return typeof callId === 'string' ? { window: 'popup', popupCallId: callId } : { window: 'popup' };
}
