/**
 * The availability feature's words, built from the state: the active profile, the forward, a
 * hidden control's reason, the last command's outcome and what an automation did last. Plain
 * functions, so the components stay small and the wording is tested once.
 */
import type {
  AutomationRunView,
  AvailabilityOutcomeView,
  ForwardView,
  PartStatus,
  ProfilesView,
  ProfileView,
} from '../../../electron/shared/features/availability';
import type { MessageKey, Translator } from '../lib/i18n';

export function profileName(profile: Pick<ProfileView, 'id' | 'name'>, i18n: Translator): string {
  return profile.name ?? i18n.t('availability.profile.unnamed', { id: profile.id });
}

/** The active profile's name, `No profile active`, or that it is gone from the PBX. */
export function activeProfileName(profiles: ProfilesView, i18n: Translator): string {
  if (profiles.activeId === null) return i18n.t('availability.profile.none');
  const active = profiles.list.find((profile) => profile.id === profiles.activeId);
  if (!active || profiles.activeVanished) return i18n.t('availability.switches.vanished');
  return profileName(active, i18n);
}

/** Where calls go (`Käthe Groß (221)`, `0891 234567`); null while not forwarded. */
export function forwardTargetText(forward: ForwardView): string | null {
  if (forward.target === null) return null;
  const display = forward.display ?? forward.target;
  return forward.targetName ? `${forward.targetName} (${display})` : display;
}

/** `Forwarded to …` in the words of `on` / `onMobile` (the tab) or `banner` / `bannerMobile` (the header). */
export function forwardText(forward: ForwardView, i18n: Translator, where: 'tab' | 'header'): string | null {
  const target = forwardTargetText(forward);
  if (target === null) return null;
  if (forward.toMobile)
    return i18n.t(where === 'tab' ? 'availability.forward.onMobile' : 'availability.forward.bannerMobile', {
      number: forward.display ?? target,
    });
  return i18n.t(where === 'tab' ? 'availability.forward.on' : 'availability.forward.banner', { target });
}

export function hiddenText(part: PartStatus, i18n: Translator): string | null {
  if (part.status !== 'hidden' || part.hiddenReason === null) return null;
  return i18n.t(`availability.hidden.${part.hiddenReason}`);
}

export function outcomeText(outcome: AvailabilityOutcomeView, i18n: Translator): string {
  if (outcome.ok) return i18n.t(`availability.outcome.${outcome.action}`, { subject: outcome.subject ?? '' });
  const reason = outcome.error ? reasonText(outcome.error, i18n) : i18n.t('error.internal');
  return outcome.subject
    ? i18n.t('availability.outcome.failedSubject', { subject: outcome.subject, reason })
    : i18n.t('availability.outcome.failed', { reason });
}

/** The error in words, then the PBX's own words where it gave some (a refused switch says why). */
function reasonText(error: NonNullable<AvailabilityOutcomeView['error']>, i18n: Translator): string {
  const words = i18n.errorText(error);
  return error.pbxMessage
    ? `${words} ${i18n.t('availability.pbxSays', { message: error.pbxMessage })}`
    : words;
}

const skipReasons = ['manual', 'already', 'vanished', 'offline', 'no-previous'] as const;

export function automationText(
  run: AutomationRunView,
  profiles: readonly ProfileView[],
  i18n: Translator,
): string {
  const trigger = i18n.t(`availability.settings.trigger.${run.trigger}`);
  const profile = profiles.find((candidate) => candidate.id === run.profileId);
  const name = profile ? profileName(profile, i18n) : run.profileId === null ? '' : `#${run.profileId}`;
  const known = skipReasons.find((reason) => reason === run.reason);
  const reason = known ? i18n.t(`availability.settings.reason.${known}` as MessageKey) : (run.reason ?? '');
  const what = i18n.t(`availability.settings.last.${run.outcome}`, { trigger, profile: name, reason });
  return i18n.t('availability.settings.last', { what });
}
