/**
 * The settings document's `secrets.encrypted` map as the `CiphertextMap` the safeStorage store
 * writes to. Every change goes through `SettingsService.update`, so it is saved at once.
 */
import type { SettingsService } from '../settings/settings-service';
import type { CiphertextMap } from './safe-storage-secret-store';

export function settingsCiphertexts(settings: Pick<SettingsService, 'current' | 'update'>): CiphertextMap {
  return {
    read: (account) => settings.current.secrets.encrypted[account] ?? null,
    write: (account, ciphertextBase64) => {
      settings.update((draft) => ({
        ...draft,
        secrets: { ...draft.secrets, encrypted: { ...draft.secrets.encrypted, [account]: ciphertextBase64 } },
      }));
    },
    delete: (account) => {
      if (!Object.hasOwn(settings.current.secrets.encrypted, account)) return;
      settings.update((draft) => {
        const { [account]: _removed, ...encrypted } = draft.secrets.encrypted;
        return { ...draft, secrets: { ...draft.secrets, encrypted } };
      });
    },
  };
}
