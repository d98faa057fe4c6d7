/**
 * Every clickable tray menu entry gets an id (Electron's `MenuItem.id`): what main looks entries up
 * by, and what the boot test clicks. An id says what the entry does, not how it reads, so it stays
 * the same in both languages and across rebuilds of the menu:
 *
 * - an app action is its name (`show-panel`, `quit`);
 * - a command is its name and its input (`queues/pause?reason=Lunch`, `hotkeys/suspend?suspended=true`);
 * - a submenu or an info line is named by the feature that gave it and its place (`queues/menu-1`).
 *
 * An entry may state its own id; a second entry with the same id gets `#2`, `#3`, ...
 */
import type { TrayCommand, TrayMenuEntry } from './tray-entry';

/** `name?key=value&...`, keys sorted; `name` alone for an empty input. */
export function commandId(command: TrayCommand): string {
  const input = command.input as Record<string, unknown>;
  const query = new URLSearchParams(
    Object.keys(input)
      .sort()
      .filter((key) => input[key] !== undefined)
      .map((key) => [key, String(input[key])]),
  ).toString();
  return query === '' ? command.name : `${command.name}?${query}`;
}

function ownId(entry: Exclude<TrayMenuEntry, { type: 'separator' }>, scope: string, place: number): string {
  if (entry.id !== undefined) return entry.id;
  switch (entry.type) {
    case 'action':
      return entry.action;
    case 'command':
      return commandId(entry.command);
    case 'submenu':
      return `${scope}/menu-${place}`;
    case 'info':
      return `${scope}/info-${place}`;
  }
}

/** The entries with their ids (a submenu's entries too), unique within `taken`. */
export function withIds(
  entries: readonly TrayMenuEntry[],
  scope: string,
  taken: Set<string>,
): TrayMenuEntry[] {
  return entries.map((entry, place) => {
    if (entry.type === 'separator') return entry;
    const wanted = ownId(entry, scope, place);
    let id = wanted;
    for (let copy = 2; taken.has(id); copy += 1) id = `${wanted}#${copy}`;
    taken.add(id);
    return entry.type === 'submenu'
      ? { ...entry, id, entries: withIds(entry.entries, id, taken) }
      : { ...entry, id };
  });
}
