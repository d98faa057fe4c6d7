/**
 * The `/_sim/` operations for the directory (presence, users, roles, profiles, locations,
 * switches); control.ts serves them beside the call operations.
 */
import { z } from 'zod';
import type { DemoSimulator } from './simulator';

const username = z.string().min(1);

export function directoryOperations(sim: DemoSimulator) {
  const op = <S extends z.ZodType>(schema: S, run: (args: z.infer<S>) => unknown) => ({ schema, run });
  const directory = sim.directory;
  return {
    setPresence: op(
      z.object({ username, state: z.string().nullable(), statusText: z.string().nullable().optional() }),
      (a) => directory.setPresence(a.username, a.state, a.statusText),
    ),
    deleteUser: op(z.object({ username }), (a) => directory.deleteUser(a.username)),
    renameUser: op(
      z.object({ username, newUsername: z.string().min(1).optional(), displayName: z.string().optional() }),
      ({ username: name, ...change }) => directory.renameUser(name, change),
    ),
    setRoleMembers: op(
      z.object({
        role: z.string().min(1),
        identities: z.array(z.string()),
        locations: z.array(z.string()).optional(),
      }),
      (a) => directory.setRoleMembers(a.role, a.identities, a.locations),
    ),
    refuseProfileActivation: op(z.object({ method: z.enum(['PUT', 'POST']).nullable() }), (a) =>
      directory.refuseProfileActivation(a.method),
    ),
    refuseSwitch: op(
      z.object({ extension: z.string().min(1), status: z.number().int().min(400).max(599).nullable() }),
      (a) => directory.refuseSwitch(a.extension, a.status),
    ),
    removeProfile: op(z.object({ username, profileId: z.number().int() }), (a) =>
      directory.removeProfile(a.username, a.profileId),
    ),
    removeLocation: op(z.object({ location: z.string().min(1) }), (a) =>
      directory.removeLocation(a.location),
    ),
    availability: op(z.object({ username }), (a) => directory.availability(a.username)),
    switches: op(z.object({}), () => directory.switches()),
  };
}

/** The directory operations that only read, so they also answer GET. */
export const DIRECTORY_QUERIES = ['availability', 'switches'];
