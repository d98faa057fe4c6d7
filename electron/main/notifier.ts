/** The core's `Notifier` on Electron's native notifications; silently nothing where unsupported. */
import type { Notification, NotificationConstructorOptions } from 'electron';
import type { Notifier } from '../core/ports';
import { notificationText } from './notification-text';

export interface NotificationClass {
  new (options?: NotificationConstructorOptions): Notification;
  isSupported(): boolean;
}

/** Enough for a burst of voicemails; older ones lose their click handler, not their text. */
const maxClickable = 20;

export function createNotifier(NotificationType: NotificationClass, platform: NodeJS.Platform): Notifier {
  // A notification nobody references is garbage collected and its `click` never fires
  // (electron/electron#12690): clickable ones are kept until clicked or closed.
  const clickable = new Set<Notification>();
  return {
    notify({ title, body, onClick }) {
      if (!NotificationType.isSupported()) return;
      const notification = new NotificationType(notificationText(platform, { title, body }));
      if (onClick) {
        const release = () => clickable.delete(notification);
        notification.on('click', () => {
          release();
          onClick();
        });
        notification.on('close', release);
        clickable.add(notification);
        for (const oldest of clickable) {
          if (clickable.size <= maxClickable) break;
          clickable.delete(oldest);
        }
      }
      notification.show();
    },
  };
}
