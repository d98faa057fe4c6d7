/**
 * When the app looks for an update, and what it makes of the updater's answers. It checks a minute
 * after the start (not while the agent's first calls load) and then every six hours, only with
 * updates on, a feed set and an updater present (never in the preview); a check the user asks for
 * runs at once. A downloaded version is told once, as a notice and a notification; it installs
 * when the app quits (electron-updater's autoInstallOnAppQuit).
 */
import type { DesktopView } from '../../shared/features/desktop';
import type { Clock, Logger, TimerHandle } from '../ports';
import type { UpdaterEvent, UpdaterPort } from './ports';

export const firstCheckDelayMs = 60_000;
export const checkIntervalMs = 6 * 60 * 60 * 1000;

type UpdatesView = DesktopView['updates'];

export interface UpdateChecksOptions {
  updater: UpdaterPort | null;
  clock: Clock;
  log: Logger;
  /** The settings now: on, and the feed. */
  settings(): { updates: boolean; updateFeedUrl: string | null };
  view(): UpdatesView;
  update(patch: Partial<UpdatesView>): void;
  /** A version was downloaded and installs on quit. */
  onReady(version: string): void;
}

export class UpdateChecks {
  readonly #options: UpdateChecksOptions;
  #timer: TimerHandle | null = null;
  #unsubscribe: (() => void) | null = null;
  #toldVersion: string | null = null;

  constructor(options: UpdateChecksOptions) {
    this.#options = options;
    this.#unsubscribe = options.updater?.onEvent((event) => this.#onEvent(event)) ?? null;
  }

  /** The feed to check, or null when checks are off (with why, for the log). */
  feed(): string | null {
    const { updates, updateFeedUrl } = this.#options.settings();
    return this.#options.updater !== null && updates && updateFeedUrl !== null ? updateFeedUrl : null;
  }

  /** At start and after every settings change: the schedule follows the settings. */
  apply(firstDelayMs = firstCheckDelayMs): void {
    this.#cancel();
    if (this.feed() === null) {
      if (this.#options.updater && !this.#options.settings().updates) this.#options.updater.disable();
      this.#options.update({ status: 'off', problem: null });
      return;
    }
    if (this.#options.view().status === 'off') this.#options.update({ status: 'idle' });
    this.#schedule(firstDelayMs);
  }

  /** A check now (the user asked); false when checks are off. */
  async checkNow(): Promise<boolean> {
    const feed = this.feed();
    if (feed === null || this.#options.view().status === 'checking') return feed !== null;
    this.#cancel();
    await this.#check(feed);
    this.#schedule(checkIntervalMs);
    return true;
  }

  dispose(): void {
    this.#cancel();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  #schedule(delayMs: number): void {
    this.#timer = this.#options.clock.setTimeout(() => {
      this.#timer = null;
      const feed = this.feed();
      if (feed === null) return;
      void this.#check(feed).finally(() => {
        if (this.#timer === null && this.feed() !== null) this.#schedule(checkIntervalMs);
      });
    }, delayMs);
  }

  #cancel(): void {
    if (this.#timer !== null) this.#options.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  async #check(feed: string): Promise<void> {
    // A version already downloaded waits for the quit; checking again would only download it again.
    if (this.#options.view().status === 'ready') return;
    this.#options.update({ status: 'checking', problem: null });
    try {
      await this.#options.updater?.check(feed);
    } catch (error) {
      this.#onEvent({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
    this.#options.update({ checkedAtMs: this.#options.clock.now() });
  }

  #onEvent(event: UpdaterEvent): void {
    const { update, log } = this.#options;
    switch (event.kind) {
      case 'checking':
        update({ status: 'checking', problem: null });
        return;
      case 'not-available':
        update({ status: 'up-to-date', version: null, problem: null });
        return;
      case 'available':
        log.log('info', 'update found', { version: event.version });
        update({ status: 'downloading', version: event.version, problem: null });
        return;
      case 'downloaded':
        log.log('info', 'update downloaded; installs on quit', { version: event.version });
        update({ status: 'ready', version: event.version, problem: null });
        if (this.#toldVersion !== event.version) {
          this.#toldVersion = event.version;
          this.#options.onReady(event.version);
        }
        return;
      case 'error': {
        // An error text can be long (an HTML error page) and is shown in the settings: one short line.
        const problem = event.message.split('\n')[0]?.slice(0, 200) ?? 'failed';
        log.log('warn', 'update check failed', { problem });
        if (this.#options.view().status !== 'ready') update({ status: 'failed', problem });
        return;
      }
    }
  }
}
