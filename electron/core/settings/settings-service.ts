/**
 * Loads, migrates and saves the settings document. A file that does not parse or fit the schema
 * is never thrown away: it is renamed aside, the app starts from defaults and the user is told
 * (through the `setAsideAs` result, which the companion turns into a notice).
 */
import type { Clock, Logger, SettingsFile } from '../ports';
import { defaultSettings, migrateSettings, type Settings } from './schema';

export interface SettingsLoadOutcome {
  service: SettingsService;
  /** The stored file could not be used; the app runs on defaults. */
  unusable: boolean;
  /** Base name the unusable file was moved to; null when it could not be moved (left in place). */
  setAsideAs: string | null;
}

export class SettingsService {
  #settings: Settings;
  readonly #file: SettingsFile;
  readonly #log: Logger;

  private constructor(file: SettingsFile, settings: Settings, log: Logger) {
    this.#file = file;
    this.#settings = settings;
    this.#log = log;
  }

  static load(file: SettingsFile, clock: Clock, log: Logger): SettingsLoadOutcome {
    const stored = file.read();
    if (stored.kind === 'missing') {
      return {
        service: new SettingsService(file, defaultSettings(), log),
        unusable: false,
        setAsideAs: null,
      };
    }
    const result =
      stored.kind === 'ok'
        ? migrateSettings(stored.document)
        : ({ ok: false, reason: 'invalid', detail: stored.detail } as const);
    if (result.ok) {
      const service = new SettingsService(file, result.settings, log);
      if (result.migratedFrom !== null) {
        log.log('info', 'settings migrated', { from: result.migratedFrom });
        service.#save();
      }
      return { service, unusable: false, setAsideAs: null };
    }
    const setAsideAs = file.setAside(clock.now());
    log.log('warn', 'settings file unusable, set aside; starting from defaults', {
      reason: result.reason,
      detail: result.detail,
      setAsideAs,
    });
    const service = new SettingsService(file, defaultSettings(), log);
    // Only write defaults over a file that was moved away: one left in place is kept for the user.
    if (setAsideAs !== null) service.#save();
    return { service, unusable: true, setAsideAs };
  }

  get current(): Settings {
    return this.#settings;
  }

  update(change: (draft: Settings) => Settings): Settings {
    this.#settings = change(structuredClone(this.#settings));
    this.#save();
    return this.#settings;
  }

  #save(): void {
    try {
      this.#file.write(this.#settings as unknown as Record<string, unknown>);
    } catch (error) {
      // A full disk or a read-only profile must not take the app down; the change stays in memory.
      this.#log.log('error', 'settings could not be written', { error: String(error) });
    }
  }
}
