/**
 * Notification text from PBX data (caller names, voicemail caller-ids) made safe for Linux
 * notification servers. Electron hands title and body to libnotify as they are
 * (shell/browser/notifications/linux/libnotify_notification.cc), and servers with the
 * `body-markup` capability (GNOME Shell, KDE Plasma, dunst, mako) read the body as Pango/HTML-like
 * markup: a SIP display name `<a href="https://evil.example">Your bank</a>` would become a link.
 * Windows and macOS show both as plain text, so there nothing changes.
 */

const bodyEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The body as markup that shows exactly the given text. */
export function escapeNotificationMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => bodyEntities[character] ?? character);
}

/**
 * The title (summary) is plain text by the freedesktop spec, and GNOME Shell escapes it itself,
 * so entities there would show as `&amp;`. Some servers (dunst with `markup = full`) still parse
 * it: the two characters that open and close a tag become look-alikes that cannot.
 */
export function neutraliseNotificationTitle(text: string): string {
  return text.replace(/</g, '\u2039').replace(/>/g, '\u203a');
}

export function notificationText(
  platform: NodeJS.Platform,
  text: { title: string; body: string },
): { title: string; body: string } {
  if (platform !== 'linux') return text;
  return { title: neutraliseNotificationTitle(text.title), body: escapeNotificationMarkup(text.body) };
}
