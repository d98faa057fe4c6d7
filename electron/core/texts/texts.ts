/**
 * The words main and core say themselves (tray menu and tooltip, notifications, reminders, the
 * mail a forwarded voicemail carries). Each part of the app (a feature, the app's own frame) writes
 * them next to its code: `texts.en.ts` first, without `as const`, so its type is the shape; then
 * every other language typed against it (`texts.de.ts`), so a missing or extra German key fails
 * `tsc`, as the renderer's catalogues do. Everything inside the windows is the renderer's.
 */
import type { Language } from '../../shared/vocabulary';

export type Texts<T> = Readonly<Record<Language, T>>;
