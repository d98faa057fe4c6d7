/**
 * Loads, migrates and saves the settings document. A file that does not parse or fit the schema
 * is never thrown away: it is renamed aside, the app starts from defaults and the user is told
 * (through the `setAsideAs` result, which the companion turns into a notice).
 */
import type { AppSettings } from '../app/app-settings';
import type { Clock, Logger, SettingsFile } from '../ports';
import { changedFields } from '../state/slice';
import { type Settings, settingsModel } from './schema';
import type { SettingsSection } from './section';
import type { SettingsModel } from './settings-model';

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
  readonly #listeners = new Set<(settings: Settings) => void>();

  private constructor(file: SettingsFile, settings: Settings, log: Logger) {
    this.#file = file;
    this.#settings = settings;
    this.#log = log;
  }

  /** `model`: the document's parts (the app's features by default; a test may compose its own). */
  static load(
    file: SettingsFile,
    clock: Clock,
    log: Logger,
    model: SettingsModel<Settings> = settingsModel,
  ): SettingsLoadOutcome {
    const stored = file.read();
    if (stored.kind === 'missing') {
      return {
        service: new SettingsService(file, model.defaults(), log),
        unusable: false,
        setAsideAs: null,
      };
    }
    const result =
      stored.kind === 'ok'
        ? model.migrate(stored.document)
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
    const service = new SettingsService(file, model.defaults(), log);
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
    for (const listener of [...this.#listeners]) listener(this.#settings);
    return this.#settings;
  }

  /** Called after every change (the companion keeps the settings views in the state tree in step). */
  onChange(listener: (settings: Settings) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The section at `key` (a feature's name); a change that changes nothing is not saved. */
  section<S extends object>(key: string): SettingsSection<S> {
    const read = (settings: Settings) => (settings as unknown as Record<string, S>)[key] as S;
    return this.#handle<S>(
      () => read(this.#settings),
      (fields) => this.update((draft) => ({ ...draft, [key]: { ...read(draft), ...fields } })),
    );
  }

  /** The app's own keys at the top of the document (language, theme, number format, polling, secrets). */
  get app(): SettingsSection<AppSettings> {
    return this.#handle<AppSettings>(
      () => this.#settings,
      (fields) => this.update((draft) => ({ ...draft, ...fields })),
    );
  }

  #handle<S extends object>(read: () => S, write: (fields: Partial<S>) => void): SettingsSection<S> {
    return {
      get current() {
        return read();
      },
      update(change) {
        const fields = changedFields(read(), change);
        if (fields !== null) write(fields);
        return read();
      },
    };
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
