/**
 * Reads and writes the API secret for the configured PBX address and API user, and keeps the
 * renderer's view of it (`stored`, which store) current. The secret itself never leaves here
 * except into the `Authorization` header.
 */
import type { SecretView } from '../../shared/contract';
import type { Logger, SecretStore } from '../ports';
import { type SecretAccountSource, secretAccountFor } from '../secrets/secret-account';

export class SecretKeeper {
  #store: SecretStore;
  readonly #log: Logger;

  constructor(store: SecretStore, log: Logger) {
    this.#store = store;
    this.#log = log;
  }

  get store(): SecretStore {
    return this.#store;
  }

  /** Use another store from now on (the user changed what may hold secrets). */
  replaceStore(store: SecretStore): void {
    this.#store = store;
  }

  async read(slot: SecretAccountSource): Promise<string | null> {
    const account = secretAccountFor(slot)?.key;
    if (!account) return null;
    try {
      return await this.#store.get(account);
    } catch (error) {
      this.#log.log('warn', 'secret could not be read', { store: this.#store.kind, error: String(error) });
      return null;
    }
  }

  /** Returns false when the store refused it (the connection still works for this session). */
  async write(slot: SecretAccountSource, secret: string): Promise<boolean> {
    const account = secretAccountFor(slot)?.key;
    if (!account) return false;
    try {
      await this.#store.set(account, secret);
      return true;
    } catch (error) {
      this.#log.log('warn', 'secret could not be stored', { store: this.#store.kind, error: String(error) });
      return false;
    }
  }

  async forget(slot: SecretAccountSource): Promise<void> {
    const account = secretAccountFor(slot)?.key;
    if (account) await this.#store.delete(account);
  }

  async view(slot: SecretAccountSource): Promise<SecretView> {
    const stored = (await this.read(slot)) !== null;
    return { stored, store: this.#store.kind, storeReason: this.#store.reason };
  }
}
