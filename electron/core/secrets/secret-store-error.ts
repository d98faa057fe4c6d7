/**
 * The one error a `SecretStore` throws. Its message is built only from the operation and the
 * kind, so it can be shown as it is. `detail` keeps what the keychain library said (for the log);
 * the store removes the secret from it before it gets here.
 */
export type SecretStoreErrorKind =
  /** The store did not answer in time (a locked keyring can wait for a prompt forever). */
  | 'timeout'
  /** The store answered with an error (no Secret Service, access denied, ...). */
  | 'failed'
  /** A stored ciphertext cannot be decrypted any more (OS key changed, profile copied). */
  | 'undecryptable';

export type SecretStoreOperation = 'get' | 'set' | 'delete';

export class SecretStoreError extends Error {
  override readonly name = 'SecretStoreError';
  readonly kind: SecretStoreErrorKind;
  readonly operation: SecretStoreOperation;
  readonly detail: string | null;

  constructor(kind: SecretStoreErrorKind, operation: SecretStoreOperation, detail: string | null = null) {
    super(`secret store ${operation}: ${kind}`);
    this.kind = kind;
    this.operation = operation;
    this.detail = detail;
  }
}
