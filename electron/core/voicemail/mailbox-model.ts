/**
 * The agent's mailbox as the core last listed it: every message of every folder, keyed by the
 * box-wide `msg_id`. File names (msg0000) are reused by Asterisk after a delete or move, so
 * nothing here is keyed by them; they are kept only for PBXs that send no `msg_id`.
 */
import type { VoicemailFolderKind, VoicemailFolderView } from '../../shared/features/voicemail';
import type { VoicemailMessage } from '../pbx/schemas/voicemail';

export interface StoredMessage {
  key: string;
  folder: string;
  message: VoicemailMessage;
}

export interface FolderListing {
  folder: string;
  messages: VoicemailMessage[];
  /** The PBX returned as many as asked for: there may be more. */
  truncated: boolean;
}

const folderKinds: Record<string, VoicemailFolderKind> = { inbox: 'new', urgent: 'urgent', old: 'heard' };
const folderOrder: Record<VoicemailFolderKind, number> = { new: 0, urgent: 1, heard: 2, other: 3 };

export function folderKind(folder: string): VoicemailFolderKind {
  return folderKinds[folder.toLowerCase()] ?? 'other';
}

export function isUnheardFolder(folder: string): boolean {
  const kind = folderKind(folder);
  return kind === 'new' || kind === 'urgent';
}

/** The key the contract accepts (`[\w.@/:-]`), from `msg_id` or, without one, folder, file and time. */
export function messageKey(message: VoicemailMessage, folder: string): string {
  const raw = message.msgId ?? `${folder}/${message.id}@${message.origTimeMs ?? 0}`;
  return raw.replace(/[^\w.@/:-]/g, '_').slice(0, 160);
}

/**
 * How a request names the message: by `msg_id` with folder `*` (the reference's form for a
 * box-wide id), which stays right when Asterisk hands its file name to another message; by folder
 * and file name only for PBXs that send no `msg_id`.
 */
export function pbxAddress(stored: StoredMessage): { folder: string; id: string } {
  return stored.message.msgId
    ? { folder: '*', id: stored.message.msgId }
    : { folder: stored.folder, id: stored.message.id };
}

const newestFirst = (a: StoredMessage, b: StoredMessage): number =>
  (b.message.origTimeMs ?? 0) - (a.message.origTimeMs ?? 0) || b.key.localeCompare(a.key);

export class MailboxModel {
  #folders: string[] = [];
  #messages: StoredMessage[] = [];
  #truncated = new Set<string>();
  #listed = false;

  get listed(): boolean {
    return this.#listed;
  }

  get messages(): readonly StoredMessage[] {
    return this.#messages;
  }

  /** Replaces everything; true when keys or folders differ from before (the list changed). */
  apply(listings: readonly FolderListing[]): boolean {
    const before = this.#digest();
    const byKey = new Map<string, StoredMessage>();
    for (const listing of listings) {
      for (const message of listing.messages) {
        const folder = message.folder ?? listing.folder;
        const key = messageKey(message, folder);
        if (!byKey.has(key)) byKey.set(key, { key, folder, message });
      }
    }
    this.#folders = listings.map((listing) => listing.folder);
    this.#truncated = new Set(listings.filter((l) => l.truncated).map((l) => l.folder));
    this.#messages = [...byKey.values()].sort(newestFirst);
    this.#listed = true;
    return this.#digest() !== before;
  }

  find(key: string): StoredMessage | undefined {
    return this.#messages.find((stored) => stored.key === key);
  }

  /** After a move the PBX confirmed: shown in its new folder before the next listing. */
  moveLocally(key: string, folder: string): void {
    this.#messages = this.#messages.map((stored) => (stored.key === key ? { ...stored, folder } : stored));
  }

  removeLocally(key: string): void {
    this.#messages = this.#messages.filter((stored) => stored.key !== key);
  }

  /** Unheard messages, leaving out `hidden` ones (deletes waiting for their undo time). */
  unread(hidden: ReadonlySet<string>, headInboxCount: number | null): number {
    const listed = this.#messages.filter((m) => !hidden.has(m.key) && isUnheardFolder(m.folder)).length;
    // A listing cut off at its limit undercounts; the HEAD count of INBOX does not.
    const inboxCut = [...this.#truncated].some((folder) => folderKind(folder) === 'new');
    return inboxCut && headInboxCount !== null ? Math.max(listed, headInboxCount) : listed;
  }

  folders(hidden: ReadonlySet<string>): VoicemailFolderView[] {
    const names = [...this.#folders];
    for (const stored of this.#messages) if (!names.includes(stored.folder)) names.push(stored.folder);
    return names
      .map((name) => ({
        name,
        kind: folderKind(name),
        count: this.#messages.filter((m) => m.folder === name && !hidden.has(m.key)).length,
      }))
      .sort((a, b) => folderOrder[a.kind] - folderOrder[b.kind]);
  }

  clear(): void {
    this.#folders = [];
    this.#messages = [];
    this.#truncated.clear();
    this.#listed = false;
  }

  #digest(): string {
    return `${this.#folders.join(',')}|${this.#messages.map((m) => `${m.key}:${m.folder}`).join(',')}`;
  }
}
