/**
 * What main and core say about availability (English; the shape every language follows): the
 * tray's profile menu, the forward in the menu and the tooltip.
 */
export const availabilityTextsEn = {
  profile: (name: string) => `Profile: ${name}`,
  profileNumber: (id: number) => `Profile ${id}`,
  noProfile: 'No profile active',
  profileVanished: 'Profile: no longer on the PBX',
  forwardedTo: (target: string) => `Forwarded to ${target}`,
  forwardedToMobile: (number: string) => `Forwarded to my mobile (${number})`,
  stopForwarding: 'Stop forwarding',
  forwardToMobile: (number: string) => `Forward to my mobile (${number})`,
};

export type AvailabilityTexts = typeof availabilityTextsEn;
