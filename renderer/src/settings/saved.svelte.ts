/**
 * The settings window's one way of saving: every change is saved the moment it is made, and a
 * quiet "Saved" says so for a moment (a failure stays beside its field). Sections report a saved
 * change with `useSaved()`; the page shows the note.
 */
import { getContext, setContext } from 'svelte';

export const savedNoteMs = 2500;

export class SavedNote {
  /** Counts saved changes; the note shows while `visible`. */
  count = $state(0);
  visible = $state(false);
  #timer: ReturnType<typeof setTimeout> | undefined;

  saved(): void {
    this.count += 1;
    this.visible = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.visible = false), savedNoteMs);
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}

const key = Symbol('saved-note');

export function provideSaved(note: SavedNote): SavedNote {
  return setContext(key, note);
}

/** Call after a change was saved; outside the settings page (a test) it does nothing. */
export function useSaved(): () => void {
  const note = getContext<SavedNote | undefined>(key);
  return () => note?.saved();
}
