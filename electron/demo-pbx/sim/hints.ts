import type { UserSeed } from '../data/model';
import type { CallLeg } from './call-types';

/**
 * The Asterisk hint ("core show hints") of a user, derived from the live legs. The names follow the
 * agreed set (Idle, Ringing, InUse, OnHold, Unavailable, InUse&Ringing); real Asterisk prints
 * "Hold" / "InUse&Hold" for held calls, which tests can force with sim.setUserState.
 */
export function hintState(user: UserSeed, legs: Iterable<CallLeg>, override?: string): string {
  if (override !== undefined) return override;
  let ringing = false;
  let inUse = false;
  let held = false;
  for (const leg of legs) {
    if (leg.kind === 'queue' && leg.src.user !== user) continue;
    if (leg.src.user === user) {
      if (leg.state === 'HOLD') held = true;
      else inUse = true;
    }
    if (leg.dst.user === user) {
      if (leg.state === 'RINGING') ringing = true;
      else if (leg.state === 'HOLD') held = true;
      else inUse = true;
    }
  }
  if (ringing && (inUse || held)) return 'InUse&Ringing';
  if (inUse) return 'InUse';
  if (held) return 'OnHold';
  if (ringing) return 'Ringing';
  return user.presence;
}

export function isBusyHint(hint: string): boolean {
  return hint.startsWith('InUse') || hint === 'Busy' || hint === 'OnHold' || hint.includes('Hold');
}
