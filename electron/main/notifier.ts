/** The core's `Notifier` on Electron's native notifications; silently nothing where unsupported. */
import type { Notification, NotificationConstructorOptions } from 'electron';
import type { Notifier } from '../core/ports';

export interface NotificationClass {
  new (options?: NotificationConstructorOptions): Notification;
  isSupported(): boolean;
}

export function createNotifier(NotificationType: NotificationClass): Notifier {
  return {
    notify({ title, body }) {
      if (!NotificationType.isSupported()) return;
      new NotificationType({ title, body }).show();
    },
  };
}
