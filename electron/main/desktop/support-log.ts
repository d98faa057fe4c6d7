/**
 * The core's SupportLogPort: the lines from main's ring, a save dialog for where they go, and the
 * file written readable by its owner only (it is still a log of someone's working day).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dialog } from 'electron';
import type { SupportLogPort } from '../../core/desktop/ports';
import type { LogRing } from './log-ring';

export function createSupportLog(options: {
  ring: LogRing;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** Where the dialog opens (the Documents folder). */
  directory: string;
}): SupportLogPort {
  return {
    lines: () => options.ring.lines(),
    async chooseFile(suggestedName) {
      const result = await options.dialog.showSaveDialog({
        defaultPath: join(options.directory, suggestedName),
        filters: [{ name: 'Log', extensions: ['log', 'txt'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    write: (path, content) => writeFile(path, content, { mode: 0o600 }),
  };
}
