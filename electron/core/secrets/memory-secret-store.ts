/**
 * The last resort: secrets live only as long as the process. The app asks for the password again
 * at the next start, and `reason` tells the settings window why no stronger store was used.
 */
import type { SecretStore } from '../ports';

export class MemorySecretStore implements SecretStore {
  readonly kind = 'memory';
  readonly reason: string | null;
  readonly #secrets = new Map<string, string>();

  constructor(reason: string | null) {
    this.reason = reason;
  }

  async get(account: string): Promise<string | null> {
    return this.#secrets.get(account) ?? null;
  }

  async set(account: string, secret: string): Promise<void> {
    this.#secrets.set(account, secret);
  }

  async delete(account: string): Promise<void> {
    this.#secrets.delete(account);
  }
}
