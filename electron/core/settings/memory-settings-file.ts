/** A `SettingsFile` held in memory: for tests and for hosts that must not write to disk. */
import type { SettingsFile } from '../ports';

export class MemorySettingsFile implements SettingsFile {
  document: unknown;
  readonly setAsideDocuments: unknown[] = [];

  constructor(document?: unknown) {
    this.document = document;
  }

  read(): ReturnType<SettingsFile['read']> {
    if (this.document === undefined) return { kind: 'missing' };
    return { kind: 'ok', document: structuredClone(this.document) };
  }

  write(document: Record<string, unknown>): void {
    this.document = structuredClone(document);
  }

  setAside(timestampMs: number): string {
    this.setAsideDocuments.push(this.document);
    this.document = undefined;
    return `settings.json.corrupt-${timestampMs}`;
  }
}
