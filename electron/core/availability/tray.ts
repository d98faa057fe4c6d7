/**
 * The availability part of the tray: an active forward turns the icon red with an arrow and leads
 * the tooltip (agents forget forwards), the menu lists the profiles (the active one checked) and
 * offers "Stop forwarding" or "Forward to my mobile". Every entry runs a contract command, the
 * same as the panel's, and has a stable id (the boot test clicks them by it).
 */
import type { CompanionState } from '../../shared/contract';
import type { AvailabilityView } from '../../shared/features/availability';
import type { FeatureTray, TrayMenuEntry } from '../tray/tray-entry';
import type { AvailabilityTexts } from './texts.en';

function shown(state: CompanionState): AvailabilityView | null {
  const view = state.availability;
  return state.connection.status === 'online' && view.status === 'ready' ? view : null;
}

/** Where calls go while forwarded (`Käthe Groß (221)`, `0160 5550221`); null when not forwarded. */
export function forwardTarget(state: CompanionState): string | null {
  const forward = shown(state)?.forward;
  if (forward?.status !== 'ready' || forward.target === null) return null;
  const display = forward.display ?? forward.target;
  return forward.targetName ? `${forward.targetName} (${display})` : display;
}

/** The forward as the tooltip and the menu say it. */
export function forwardedTo(state: CompanionState, text: AvailabilityTexts): string | null {
  const target = forwardTarget(state);
  if (target === null) return null;
  const { forward } = state.availability;
  return forward.toMobile ? text.forwardedToMobile(forward.display ?? target) : text.forwardedTo(target);
}

export function activeProfileText(view: AvailabilityView, text: AvailabilityTexts): string | null {
  const { profiles } = view;
  if (profiles.status !== 'ready') return null;
  if (profiles.activeId === null) return text.noProfile;
  if (profiles.activeVanished) return text.profileVanished;
  const active = profiles.list.find((profile) => profile.id === profiles.activeId);
  return text.profile(active?.name ?? text.profileNumber(profiles.activeId));
}

function entries(state: CompanionState, text: AvailabilityTexts): TrayMenuEntry[] {
  const view = shown(state);
  if (!view) return [];
  const menu: TrayMenuEntry[] = [];
  const { profiles, forward } = view;
  const profileLabel = activeProfileText(view, text);
  if (profiles.status === 'ready' && profiles.list.length > 0 && profileLabel !== null) {
    menu.push({
      type: 'submenu',
      id: 'availability-profiles',
      label: profileLabel,
      entries: profiles.list.map((profile) => ({
        type: 'command',
        id: `availability-profile-${profile.id}`,
        label: profile.name ?? text.profileNumber(profile.id),
        enabled: profiles.pendingId === null,
        checked: profile.id === profiles.activeId,
        command: { name: 'availability/activate-profile', input: { profileId: profile.id } },
      })),
    });
  }
  const forwarded = forwardedTo(state, text);
  if (forwarded !== null) {
    menu.push(
      { type: 'info', label: forwarded },
      {
        type: 'command',
        id: 'availability-forward-clear',
        label: text.stopForwarding,
        enabled: forward.pending === null,
        command: { name: 'availability/clear-forward', input: {} },
      },
    );
  } else if (forward.status === 'ready' && forward.extension !== null) {
    const mobile = forward.quickTargets.find((quick) => quick.kind === 'mobile');
    if (mobile)
      menu.push({
        type: 'command',
        id: 'availability-forward-mobile',
        label: text.forwardToMobile(mobile.display),
        enabled: forward.pending === null,
        command: { name: 'availability/forward', input: { target: mobile.number } },
      });
  }
  return menu;
}

export const availabilityTray: FeatureTray<AvailabilityTexts> = {
  icon: (state) => (forwardTarget(state) === null ? null : 'forwarded'),
  status: forwardedTo,
  tooltip: (state, text) => {
    const view = shown(state);
    return view ? activeProfileText(view, text) : null;
  },
  entries,
};
