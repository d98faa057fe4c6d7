import type { AvailabilityTexts } from './texts.en';

/** What main and core say about availability, in German. */
export const availabilityTextsDe: AvailabilityTexts = {
  profile: (name) => `Profil: ${name}`,
  profileNumber: (id) => `Profil ${id}`,
  noProfile: 'Kein Profil aktiv',
  profileVanished: 'Profil: nicht mehr in der Telefonanlage',
  forwardedTo: (target) => `Umgeleitet auf ${target}`,
  forwardedToMobile: (number) => `Umgeleitet auf mein Handy (${number})`,
  stopForwarding: 'Umleitung beenden',
  forwardToMobile: (number) => `Auf mein Handy umleiten (${number})`,
};
