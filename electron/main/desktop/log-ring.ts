/**
 * The last log lines, kept in memory for "Export support log": a bounded ring, so a long-running
 * app does not grow, and the export does not have to read (or know the rotation of) the log files.
 */
export class LogRing {
  readonly #capacity: number;
  readonly #lines: string[] = [];
  #next = 0;

  constructor(capacity: number) {
    this.#capacity = Math.max(1, capacity);
  }

  push(line: string): void {
    if (this.#lines.length < this.#capacity) this.#lines.push(line);
    else this.#lines[this.#next] = line;
    this.#next = (this.#next + 1) % this.#capacity;
  }

  /** Oldest first. */
  lines(): string[] {
    return this.#lines.length < this.#capacity
      ? [...this.#lines]
      : [...this.#lines.slice(this.#next), ...this.#lines.slice(0, this.#next)];
  }
}
