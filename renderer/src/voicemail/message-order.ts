/** How the tab orders the mailbox: folders by meaning (new, urgent, heard, others), newest first in each. */
import type {
  VoicemailFolderView,
  VoicemailList,
  VoicemailMessageView,
} from '../../../electron/shared/features/voicemail';

export interface FolderGroup {
  folder: VoicemailFolderView;
  messages: VoicemailMessageView[];
}

export function groupByFolder(list: VoicemailList | null): FolderGroup[] {
  if (!list) return [];
  // The core lists folders in display order and messages newest first; a message in a folder the
  // folder list lacks (moved there meanwhile) still shows, under its own name.
  const folders = [...list.folders];
  for (const message of list.messages) {
    if (!folders.some((folder) => folder.name === message.folder))
      folders.push({ name: message.folder, kind: 'other', count: 0 });
  }
  return folders
    .map((folder) => ({ folder, messages: list.messages.filter((m) => m.folder === folder.name) }))
    .filter((group) => group.messages.length > 0);
}

/** The message after `key` in display order, skipping those being deleted; null at the end. */
export function messageAfter(
  groups: readonly FolderGroup[],
  key: string,
  skip: ReadonlySet<string>,
): VoicemailMessageView | null {
  const ordered = groups.flatMap((group) => group.messages).filter((m) => !skip.has(m.key) || m.key === key);
  const index = ordered.findIndex((m) => m.key === key);
  return index < 0 ? null : (ordered[index + 1] ?? null);
}
