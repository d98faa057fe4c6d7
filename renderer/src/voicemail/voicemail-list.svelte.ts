/**
 * The message list, asked from the core whenever the state's `revision` moves (the list itself is
 * not in the state tree). Answers that arrive out of order are dropped: only the newest request
 * may replace the list.
 */
import type { CommandError } from '../../../electron/shared/contract';
import type { VoicemailList } from '../../../electron/shared/features/voicemail';
import { invoke } from '../lib/api';

export class VoicemailListHolder {
  current = $state.raw<VoicemailList | null>(null);
  error = $state.raw<CommandError | null>(null);
  #requested: number | null = null;
  #latest = 0;

  /** Loads the list for `revision` unless it is already loaded or on its way. */
  async load(revision: number): Promise<void> {
    if (this.#requested === revision) return;
    this.#requested = revision;
    const request = ++this.#latest;
    const result = await invoke('voicemail/list', {});
    if (request !== this.#latest) return;
    if (result.ok) {
      this.current = result.value;
      this.error = null;
    } else {
      this.error = result.error;
      this.#requested = null;
    }
  }
}
