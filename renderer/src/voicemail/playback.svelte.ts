/**
 * Which message the player holds and its recording's `blob:` URL, plus the errors of messages that
 * could not be played. An error belongs to its message alone: the list and the other messages
 * stay usable.
 */
import type { CommandError } from '../../../electron/shared/contract';
import type { VoicemailMessageView } from '../../../electron/shared/features/voicemail';
import { invoke } from '../lib/api';
import { recordingUrl } from './audio-bytes';
import type { PlaybackSpeed } from './playback-keys';

export class Playback {
  message = $state.raw<VoicemailMessageView | null>(null);
  url = $state<string | null>(null);
  loading = $state(false);
  /** What the WAV header says, to show before the audio element knows. */
  expectedSeconds = $state<number | null>(null);
  errors = $state.raw<Record<string, CommandError>>({});
  /** Kept from one message to the next: an agent who listens at 1.5x does so all along. */
  speed = $state<PlaybackSpeed>(1);
  #request = 0;

  get key(): string | null {
    return this.message?.key ?? null;
  }

  /** Downloads (through the core) and holds the recording; the player starts it. */
  async open(message: VoicemailMessageView): Promise<void> {
    this.close();
    const request = this.#request;
    this.message = message;
    this.loading = true;
    this.expectedSeconds = message.durationSeconds;
    const result = await invoke('voicemail/audio', { key: message.key });
    if (request !== this.#request) return;
    this.loading = false;
    if (!result.ok) {
      this.fail(message.key, result.error);
      return;
    }
    const { [message.key]: _cleared, ...others } = this.errors;
    this.errors = others;
    this.expectedSeconds = result.value.durationSeconds ?? message.durationSeconds;
    this.url = recordingUrl(result.value);
  }

  /** Marks `key` as unplayable and closes the player if it held that message. */
  fail(key: string, error: CommandError): void {
    this.errors = { ...this.errors, [key]: error };
    if (this.key === key) this.close();
  }

  close(): void {
    this.#request += 1;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
    this.message = null;
    this.loading = false;
    this.expectedSeconds = null;
  }
}
