/**
 * "Export support log": the recent log lines, redacted (redact-log.ts), into a file the user
 * chooses. The file starts with what it is, the app's version and platform, and what was removed,
 * so whoever reads it knows what not to look for.
 */
import type { SupportLogOutcome } from '../../shared/features/desktop';
import type { Logger } from '../ports';
import type { SupportLogPort } from './ports';
import { type RedactOptions, redactLines } from './redact-log';
import type { DesktopTexts } from './texts.en';

export interface SupportLogExport {
  outcome: SupportLogOutcome;
  lines: number;
  redactions: number;
}

export interface ExportContext {
  port: SupportLogPort | null;
  redact: RedactOptions;
  texts: DesktopTexts;
  app: { version: string; platform: string };
  nowMs: number;
  log: Logger;
}

/** `pascom-companion-support-2026-12-07-0105.log` (the local date is the user's own business). */
export function supportLogFileName(nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return `pascom-companion-support-${stamp}.log`;
}

export async function exportSupportLog(context: ExportContext): Promise<SupportLogExport> {
  const { port, texts } = context;
  const lines = port?.lines() ?? [];
  if (!port || lines.length === 0) return { outcome: 'empty', lines: 0, redactions: 0 };
  const path = await port.chooseFile(supportLogFileName(context.nowMs));
  if (path === null) return { outcome: 'cancelled', lines: 0, redactions: 0 };
  const body = redactLines(lines, context.redact);
  const header = [
    `# ${texts.logHeader}`,
    `# ${context.app.version} ${context.app.platform} ${new Date(context.nowMs).toISOString()}`,
    `# ${texts.logRedacted(context.redact.numbers)}`,
  ].join('\n');
  try {
    await port.write(path, `${header}\n${body.text}\n`);
  } catch (error) {
    context.log.log('warn', 'support log not written', { error: String(error) });
    return { outcome: 'failed', lines: 0, redactions: 0 };
  }
  context.log.log('info', 'support log exported', { lines: lines.length, redactions: body.redactions });
  return { outcome: 'saved', lines: lines.length, redactions: body.redactions };
}
