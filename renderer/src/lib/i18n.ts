/**
 * All UI text goes through here: typed message keys, `{name}` interpolation, error wording and
 * locale-aware formatting. The language is the one the core resolved (`state.app.language`), so
 * every window shows the same language as the tray menu.
 */
import type { CommandError, CommandErrorKind, Notice } from '../../../electron/shared/contract';
import { type Language, languages, localeOf } from '../../../electron/shared/vocabulary';
import { de } from './messages/de';
import { en } from './messages/en';

export type { Language };
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

export const catalogs: Record<Language, Messages> = { en, de };

/**
 * Reasons the core gives in `CommandError.detail` for a failed connect: each must have words
 * (checked by `tsc`). A detail without words falls back to the words for the error's kind.
 */
export const knownErrorDetails = [
  'empty',
  'not-a-url',
  'unsupported-scheme',
  'host-not-found',
  'not-pascom',
  'unknown-user',
  'bad-basic-string',
  'certificate-untrusted',
  'certificate-changed',
] as const;
export type ErrorDetail = (typeof knownErrorDetails)[number];

export interface Translator {
  readonly language: Language;
  readonly locale: string;
  t(key: MessageKey, params?: MessageParams): string;
  /** For keys that come from the core at run time (notices); unknown keys give `fallback`'s text. */
  dynamic(key: string, fallback: MessageKey, params?: MessageParams): string;
  errorText(error: Pick<CommandError, 'kind' | 'detail'>): string;
  noticeText(notice: Notice): string;
  /** Wall-clock time of day, e.g. `14:05`. */
  formatTime(epochMs: number): string;
  /** Date and time; a string that is not a date (e.g. an unusual certificate field) is shown as is. */
  formatDateTime(value: number | string): string;
  /** Day and time without the year, for recent moments: `Mon 14:05`, `Mo., 14:05`. */
  formatShortDateTime(epochMs: number): string;
  /** `m:ss`, `h:mm:ss`, `2 d 03:04:05`, `> 99 d`. */
  formatDuration(totalSeconds: number): string;
}

export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

// Template literal types make `tsc` fail when a kind or a required detail has no message key.
function errorKey(kind: CommandErrorKind): MessageKey {
  return `error.${kind}` as const;
}
function detailKey(detail: ErrorDetail): MessageKey {
  return `detail.${detail}` as const;
}
export const requiredDetailKeys: readonly MessageKey[] = knownErrorDetails.map(detailKey);

/** Words for a detail when there are any (the required ones and renderer-side ones like `username-chars`). */
function detailMessageKey(detail: string | undefined): MessageKey | null {
  const key = `detail.${detail}`;
  return detail !== undefined && isMessageKey(key) ? key : null;
}

/** Picks the UI language from the browser's preferences: used only before the core's state arrives. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = languages.find((language) => language === tag.toLowerCase().split('-')[0]);
    if (primary) return primary;
  }
  return 'en';
}

/**
 * `m:ss`, `h:mm:ss`, and from a day on `2 d 03:04:05` (`d` reads as a day in both languages); a
 * figure past 99 days is no duration anyone waited through, so it shows as `> 99 d`.
 */
export function formatDuration(totalSeconds: number): string {
  const seconds = Number.isFinite(totalSeconds) ? Math.max(0, Math.floor(totalSeconds)) : 0;
  const days = Math.floor(seconds / 86_400);
  if (days > 99) return '> 99 d';
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const two = (value: number) => String(value).padStart(2, '0');
  if (days > 0) return `${days} d ${two(hours)}:${two(minutes)}:${two(seconds % 60)}`;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds % 60)}` : `${minutes}:${two(seconds % 60)}`;
}

export function createTranslator(language: Language): Translator {
  const messages = catalogs[language];
  const locale = localeOf[language];
  const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const shortFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const t = (key: MessageKey, params?: MessageParams): string => interpolate(messages[key], params);

  return {
    language,
    locale,
    t,
    dynamic: (key, fallback, params) => (isMessageKey(key) ? t(key, params) : t(fallback, params)),
    errorText: (error) => t(detailMessageKey(error.detail) ?? errorKey(error.kind)),
    noticeText: (notice) => (isMessageKey(notice.key) ? t(notice.key, notice.params) : t('notice.unknown')),
    formatTime: (epochMs) => timeFormat.format(epochMs),
    formatDateTime: (value) => {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? String(value) : dateTimeFormat.format(date);
    },
    formatShortDateTime: (epochMs) => shortFormat.format(epochMs),
    formatDuration,
  };
}
