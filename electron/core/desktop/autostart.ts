/**
 * Starting at login: the setting is what the user wants, the OS entry (a login item, an XDG
 * autostart file) is what happens. At start and after every change the entry is made to follow the
 * setting, so an entry the user removed by hand comes back only if they switch it on again here,
 * and a copy of the app moved elsewhere rewrites its entry with the new path.
 */
import type { DesktopView } from '../../shared/features/desktop';
import type { Logger } from '../ports';
import type { AutostartPort } from './ports';

type AutostartView = DesktopView['autostart'];

export async function applyAutostart(
  port: AutostartPort | null,
  wanted: boolean,
  log: Logger,
): Promise<Partial<AutostartView>> {
  if (!port) return { available: false, active: false, problem: null };
  try {
    // Written even when it looks right: the entry names the app's path, which may have moved.
    if (wanted || (await port.isEnabled())) await port.setEnabled(wanted);
    const active = await port.isEnabled();
    return { available: true, active, problem: active === wanted ? null : 'not applied' };
  } catch (error) {
    const problem = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    log.log('warn', 'start at login not changed', { wanted, problem });
    return { available: true, active: await port.isEnabled().catch(() => false), problem };
  }
}
