/**
 * Reminds the agent once per pause that they are still paused, after the configured time: a
 * native notification (a click shows the panel), or a notice in the panel where there is none
 * (browser preview). Pauses a safety net holds are left alone: it resumes them itself.
 */
import type { Clock, Notifier, TimerHandle } from '../ports';
import type { QueuesTexts } from './texts.en';

export interface PauseReminderOptions {
  clock: Clock;
  notifier: Notifier | null;
  /** The words, in the language the UI shows when the reminder fires. */
  texts: () => QueuesTexts;
  showPanel: () => void;
  notice: (notice: { level: 'info'; key: string; params: Record<string, string | number> }) => void;
}

export interface ReminderInput {
  /** When the pause began; null: not paused. */
  sinceMs: number | null;
  reason: string | null;
  /** 0: off. */
  reminderMinutes: number;
  /** A safety net holds the pause. */
  automatic: boolean;
}

export class PauseReminder {
  readonly #options: PauseReminderOptions;
  #timer: TimerHandle | null = null;
  /** The pause (its start) and delay the timer is for. */
  #armedFor: string | null = null;
  #remindedFor: number | null = null;
  #reason: string | null = null;

  constructor(options: PauseReminderOptions) {
    this.#options = options;
  }

  update(input: ReminderInput): void {
    this.#reason = input.reason;
    if (input.sinceMs === null || input.reminderMinutes <= 0 || input.automatic) {
      this.#disarm();
      return;
    }
    const sinceMs = input.sinceMs;
    const key = `${sinceMs}/${input.reminderMinutes}`;
    if (this.#armedFor === key || this.#remindedFor === sinceMs) return;
    this.#disarm();
    this.#armedFor = key;
    const dueInMs = sinceMs + input.reminderMinutes * 60_000 - this.#options.clock.now();
    this.#timer = this.#options.clock.setTimeout(
      () => {
        this.#timer = null;
        this.#armedFor = null;
        this.#remindedFor = sinceMs;
        this.#remind(input.reminderMinutes);
      },
      Math.max(0, dueInMs),
    );
  }

  stop(): void {
    this.#disarm();
  }

  #disarm(): void {
    if (this.#timer !== null) this.#options.clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#armedFor = null;
  }

  #remind(minutes: number): void {
    const { notifier, texts, showPanel, notice } = this.#options;
    const text = texts();
    if (notifier) {
      notifier.notify({
        title: text.reminderTitle,
        body: text.reminderBody(minutes, this.#reason),
        tag: 'queues-pause-reminder',
        onClick: showPanel,
      });
      return;
    }
    notice({
      level: 'info',
      key: 'queues.notice.stillPaused',
      params: { minutes, reason: this.#reason ?? '' },
    });
  }
}
