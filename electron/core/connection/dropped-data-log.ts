/**
 * Logs what the edge left out of the PBX's answers (a record of a list, a field of a record), each
 * once per session: the same bad phonebook entry comes back with every page load and the same bad
 * live call with every poll, and a log line per poll would bury everything else. Only ids, paths
 * and rules are logged, never values.
 */
import type { DroppedData, DroppedDataSink } from '../pbx/index';
import type { Logger } from '../ports';

/** Distinct drops remembered per session; beyond it they are counted, not logged one by one. */
const MAX_REMEMBERED = 1000;

export class DroppedDataLog {
  readonly #log: Logger;
  readonly #seen = new Set<string>();
  #records = 0;
  #fields = 0;

  constructor(log: Logger) {
    this.#log = log;
  }

  /** Distinct records left out so far (a record dropped on every poll counts once). */
  get droppedRecords(): number {
    return this.#records;
  }

  get droppedFields(): number {
    return this.#fields;
  }

  readonly sink: DroppedDataSink = (drop: DroppedData) => {
    const key = `${drop.what}|${drop.label}|${drop.id}|${drop.field ?? ''}`;
    if (this.#seen.has(key)) return;
    if (this.#seen.size >= MAX_REMEMBERED) {
      if (this.#seen.size === MAX_REMEMBERED) {
        this.#seen.add('…');
        this.#log.log('warn', 'more PBX data left out; no longer logged one by one');
      }
      return;
    }
    this.#seen.add(key);
    if (drop.what === 'record') this.#records += 1;
    else this.#fields += 1;
    this.#log.log('warn', drop.what === 'record' ? 'PBX record dropped' : 'PBX field ignored', {
      record: drop.label,
      id: drop.id,
      field: drop.field,
      reason: drop.reason,
    });
  };
}
