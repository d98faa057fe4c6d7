import type { VoicemailBroken, VoicemailMessage } from '../data/model';

/** Folder list as the reference's sample shows it, "tmp" included. */
export const VOICEMAIL_FOLDERS = ['INBOX', 'Old', 'Urgent', 'tmp'] as const;

export interface NewVoicemail {
  mailbox: string;
  folder?: string;
  origTimeSeconds: number;
  durationSeconds: number;
  callerName: string;
  callerNumber: string;
  audioSeed: number;
  broken?: VoicemailBroken;
}

function findFolder(folder: string): string | undefined {
  return VOICEMAIL_FOLDERS.find((name) => name.toLowerCase() === folder.toLowerCase());
}

/** Voicemail messages of every mailbox, with Asterisk's file naming (msg0000, lowest free number). */
export class VoicemailStore {
  private messages: VoicemailMessage[] = [];
  private msgSequence = 0;

  folderName(folder: string): string | undefined {
    return findFolder(folder);
  }

  add(input: NewVoicemail): VoicemailMessage {
    const folder = findFolder(input.folder ?? 'INBOX') ?? 'INBOX';
    const message: VoicemailMessage = {
      mailbox: input.mailbox,
      folder,
      id: this.freeFileName(input.mailbox, folder),
      msgId: `${input.origTimeSeconds}-${String(this.msgSequence++).padStart(8, '0')}`,
      origTimeSeconds: input.origTimeSeconds,
      durationSeconds: input.durationSeconds,
      callerName: input.callerName,
      callerNumber: input.callerNumber,
      callerChannel: `PJSIP/${input.callerNumber.replace(/\D/g, '') || 'anonymous'}-${(this.msgSequence * 7919).toString(16).padStart(8, '0')}`,
      audioSeed: input.audioSeed,
      ...(input.broken ? { broken: input.broken } : {}),
    };
    this.messages.push(message);
    return message;
  }

  /** Newest first; folder "*" means every folder. */
  list(mailbox: string, folder: string): VoicemailMessage[] {
    const wanted = folder === '*' ? undefined : findFolder(folder);
    return this.messages
      .filter((m) => m.mailbox === mailbox && (wanted === undefined || m.folder === wanted))
      .sort((a, b) => b.origTimeSeconds - a.origTimeSeconds || b.msgId.localeCompare(a.msgId));
  }

  /** A message by file name within a folder, or by msg_id when folder is "*". */
  find(mailbox: string, folder: string, id: string): VoicemailMessage | undefined {
    if (folder === '*')
      return this.messages.find((m) => m.mailbox === mailbox && (m.msgId === id || m.id === id));
    const wanted = findFolder(folder);
    return this.messages.find((m) => m.mailbox === mailbox && m.folder === wanted && m.id === id);
  }

  move(message: VoicemailMessage, targetFolder: string): void {
    const folder = findFolder(targetFolder);
    if (!folder || folder === message.folder) return;
    message.folder = folder;
    message.id = this.freeFileName(message.mailbox, folder, message);
  }

  delete(message: VoicemailMessage): void {
    this.messages = this.messages.filter((m) => m !== message);
  }

  private freeFileName(mailbox: string, folder: string, except?: VoicemailMessage): string {
    const taken = new Set(
      this.messages
        .filter((m) => m !== except && m.mailbox === mailbox && m.folder === folder)
        .map((m) => m.id),
    );
    for (let n = 0; ; n++) {
      const name = `msg${String(n).padStart(4, '0')}`;
      if (!taken.has(name)) return name;
    }
  }
}
