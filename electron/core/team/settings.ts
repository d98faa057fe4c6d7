/**
 * The team board's section of the settings document: the agent's favourites (ordered, kept here,
 * not on the PBX), the people the agent hid, and the opt-in for screen reader announcements.
 *
 * A favourite keeps the name and extension last seen and the PBX's user id, so the tray can offer
 * "Call …" without asking the PBX, a favourite the PBX no longer knows can still be shown greyed,
 * and one renamed on the PBX is found again by its id. An entry that does not parse (a hand-edited
 * file) is left out rather than costing the agent the whole settings document.
 */
import { z } from 'zod';
import { type TeamSettingsView, teamLimits } from '../../shared/features/team';
import type { FeatureSettings } from '../settings/section';

const personSchema = z.object({
  username: z.string().trim().min(1).max(128),
  name: z.string().max(200),
  extension: z.string().max(64).nullable().default(null),
  userId: z.number().int().nullable().default(null),
});

export type TeamPerson = z.output<typeof personSchema>;

/** A list of people: entries that do not parse and repeated usernames are dropped, the rest kept in order. */
function peopleList(max: number) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((entries) => {
      const seen = new Set<string>();
      const people: TeamPerson[] = [];
      for (const entry of entries) {
        const parsed = personSchema.safeParse(entry);
        if (!parsed.success || seen.has(parsed.data.username)) continue;
        seen.add(parsed.data.username);
        people.push(parsed.data);
      }
      return people.slice(0, max);
    })
    .default([]);
}

const teamSettingsSchema = z
  .object({
    favourites: peopleList(teamLimits.favourites),
    hidden: peopleList(teamLimits.hidden),
    announceFavourites: z.boolean().catch(false).default(false),
  })
  .prefault({});

export type TeamSettings = z.output<typeof teamSettingsSchema>;

export const teamSettings: FeatureSettings<TeamSettings> = { schema: teamSettingsSchema };

const personView = ({ username, name, extension }: TeamPerson) => ({ username, name, extension });

export function teamSettingsView(settings: TeamSettings): TeamSettingsView {
  return {
    favourites: settings.favourites.map(personView),
    hidden: settings.hidden.map(personView),
    announceFavourites: settings.announceFavourites,
  };
}
