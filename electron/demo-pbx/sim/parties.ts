import type { DeviceSeed, QueueSeed, UserSeed } from '../data/model';
import type { Party } from './call-types';
import type { PbxWorld } from './world';

export type Target =
  | { kind: 'user'; user: UserSeed }
  | { kind: 'queue'; queue: QueueSeed }
  | { kind: 'external'; number: string };

/** Digits, "+" and "*" only: what a PBX dials from what a user typed. */
export function dialString(text: string): string {
  // "+49 (0)89 ..." carries a trunk 0 that is not dialed after a country code.
  const trimmed = text.trim().replace(/\(0\)/g, '');
  const digits = trimmed.replace(/[^\d*#]/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

/** A user name, an extension, a queue name or extension; anything else is an external number. */
export function resolveTarget(world: PbxWorld, to: string): Target | undefined {
  const user = world.user(to) ?? world.userByExtension(dialString(to));
  if (user) return { kind: 'user', user };
  const queue = world.queue(to) ?? world.queueByExtension(dialString(to));
  if (queue) return { kind: 'queue', queue };
  const number = dialString(to);
  return number.replace(/\D/g, '').length >= 3 ? { kind: 'external', number: to.trim() } : undefined;
}

export function userParty(user: UserSeed, device?: DeviceSeed): Party {
  return {
    internal: true,
    name: user.displayName,
    number: user.extension,
    extension: user.extension,
    user,
    ...(device ? { device } : {}),
    phonebookEntryId: user.phonebookEntryId,
  };
}

export function queueParty(queue: QueueSeed): Party {
  return {
    internal: true,
    name: queue.name,
    number: queue.extension,
    extension: queue.extension,
    queue,
    phonebookEntryId: null,
  };
}

/** An external party; the PBX names it from the phonebook when the number is known there. */
export function externalParty(world: PbxWorld, number: string, name?: string, owner?: string): Party {
  const matches = world.phonebook.findByNumber(number);
  const entry = matches.find((e) => e.owner === owner) ?? matches.find((e) => e.owner === null);
  return {
    internal: false,
    name: name ?? entry?.displayname ?? '',
    number,
    extension: '',
    phonebookEntryId: entry?.id ?? null,
  };
}

/** The caller of an inbound call: an internal extension or user name, or an external number. */
export function callerParty(world: PbxWorld, from: string, fromName?: string, calledUser?: string): Party {
  const user = world.user(from) ?? world.userByExtension(from.trim());
  if (user) return userParty(user, world.answeringDevice(user));
  return externalParty(world, from, fromName, calledUser);
}
