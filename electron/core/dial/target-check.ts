/**
 * "How will the PBX read this?" before dialing: `GET /extension/?target=` says whether a number is an
 * internal user, a queue or external. Asked only for text that is a number, once per number (the
 * dial box asks as the agent types), and not again in a session whose PBX does not offer it.
 */
import type { DialCheck, PbxReadingView } from '../../shared/features/dial';
import { isPbxError } from '../pbx/errors';
import type { TargetResolution } from '../pbx/index';
import { parseDialInput } from '../phone/dial-input';
import type { NumberContext } from '../phone/phone-number';
import type { PhonebookIndex } from '../phonebook/phonebook-index';
import type { Logger } from '../ports';
import type { DeviceSession } from './device-tracker';

const cacheSize = 50;
/** Answers that mean "this PBX has no such lookup", as opposed to "not now". */
const unsupportedKinds = new Set(['not-found', 'bad-request', 'bad-response', 'forbidden']);

export class TargetCheck {
  readonly #session: () => DeviceSession | null;
  readonly #numberContext: () => NumberContext;
  readonly #phonebook: PhonebookIndex;
  readonly #log: Logger;
  readonly #cache = new Map<string, PbxReadingView>();
  #unsupported = false;

  constructor(options: {
    session: () => DeviceSession | null;
    numberContext: () => NumberContext;
    phonebook: PhonebookIndex;
    log: Logger;
  }) {
    this.#session = options.session;
    this.#numberContext = options.numberContext;
    this.#phonebook = options.phonebook;
    this.#log = options.log;
  }

  /** A new session may be another PBX: ask again. */
  reset(): void {
    this.#cache.clear();
    this.#unsupported = false;
  }

  async check(target: string): Promise<DialCheck> {
    const input = parseDialInput(target, this.#numberContext());
    if (!input.ok) return { input, reading: null, contact: null };
    const contact = this.#phonebook.lookup(input.digits)[0]?.contact.displayName ?? null;
    return { input, reading: await this.#reading(input.digits), contact };
  }

  async #reading(digits: string): Promise<PbxReadingView | null> {
    const cached = this.#cache.get(digits);
    if (cached) return cached;
    const session = this.#session();
    if (!session || this.#unsupported) return null;
    try {
      const reading = toView(await session.api.extension.resolve(digits));
      if (this.#cache.size >= cacheSize) this.#cache.delete(this.#cache.keys().next().value ?? '');
      this.#cache.set(digits, reading);
      return reading;
    } catch (error) {
      if (isPbxError(error) && unsupportedKinds.has(error.kind)) {
        this.#log.log('info', 'PBX does not resolve dial targets', { kind: error.kind });
        this.#unsupported = true;
      }
      return null;
    }
  }
}

function toView(resolution: TargetResolution): PbxReadingView {
  const match = resolution.matches[0];
  if (!resolution.internal || !match) {
    return {
      internal: resolution.internal,
      kind: resolution.internal ? 'other' : 'external',
      name: null,
      extension: null,
    };
  }
  return { internal: true, kind: match.kind, name: match.name, extension: match.extension };
}
