/**
 * Start at login on Linux: an XDG autostart entry (`$XDG_CONFIG_HOME/autostart/<name>.desktop`,
 * `~/.config/autostart` by default), which GNOME, KDE, Xfce and the others read at login. The entry
 * starts the app with `--hidden`, so it goes to the tray without opening a window. For an AppImage it
 * names the AppImage file (`$APPIMAGE`), not the executable inside the temporary mount.
 *
 * Node only (no `electron` import), so the file it writes is tested as it is.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AutostartPort } from '../../core/desktop/ports';

export const hiddenFlag = '--hidden';

export interface XdgAutostartOptions {
  env: NodeJS.ProcessEnv;
  /** The file name of the app's own desktop entry (package.json `desktopName`). */
  fileName: string;
  name: string;
  /** What starts the app: the executable, then any arguments it needs before ours. */
  command: readonly string[];
  home?: string;
}

export function autostartDirectory(env: NodeJS.ProcessEnv, home = homedir()): string {
  const configHome = env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(configHome, 'autostart');
}

/**
 * One argument of an `Exec` line (Desktop Entry Specification, "The Exec key"): quoted when it holds
 * anything but plain characters, `"`, `` ` ``, `$` and `\` escaped inside the quotes, `%` doubled (a
 * field code otherwise), and then the string escape applied to the backslashes.
 */
export function execArgument(argument: string): string {
  const quoted = /^[A-Za-z0-9_@%+=:,./-]+$/.test(argument)
    ? argument
    : `"${argument.replace(/[\\"`$]/g, (character) => `\\${character}`)}"`;
  return quoted.replaceAll('%', '%%').replaceAll('\\', '\\\\');
}

/** A value of another key: one line, the string escapes applied. */
function entryValue(value: string): string {
  return value.replaceAll('\\', '\\\\').replace(/\r?\n/g, ' ');
}

export function autostartEntry(options: Pick<XdgAutostartOptions, 'name' | 'command'>): string {
  const exec = [...options.command, hiddenFlag].map(execArgument).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${entryValue(options.name)}`,
    `Exec=${exec}`,
    'Terminal=false',
    'NoDisplay=true',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function createXdgAutostart(options: XdgAutostartOptions): AutostartPort {
  const directory = autostartDirectory(options.env, options.home);
  const path = join(directory, options.fileName);
  return {
    async isEnabled() {
      try {
        const text = await readFile(path, 'utf8');
        // A desktop can switch an entry off in place (its own autostart settings) instead of removing it.
        return !/^(Hidden=true|X-GNOME-Autostart-enabled=false)\s*$/m.test(text);
      } catch {
        return false;
      }
    },
    async setEnabled(enabled) {
      if (!enabled) {
        await rm(path, { force: true });
        return;
      }
      await mkdir(directory, { recursive: true });
      // Written beside and renamed over: a session that logs in meanwhile never reads half a file.
      const partial = `${path}.${process.pid}.partial`;
      await writeFile(partial, autostartEntry(options), { mode: 0o644 });
      await rename(partial, path);
    },
  };
}
