/** The Linux start-at-login entry: where it goes, what it says, and that switching off removes it. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  autostartDirectory,
  autostartEntry,
  createXdgAutostart,
  execArgument,
} from '../../../../electron/main/desktop/xdg-autostart';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'xdg-autostart-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('the XDG autostart entry', () => {
  it('lives in $XDG_CONFIG_HOME/autostart, else ~/.config/autostart (a relative XDG_CONFIG_HOME is ignored)', () => {
    expect(autostartDirectory({ XDG_CONFIG_HOME: '/srv/cfg' }, '/home/tina')).toBe('/srv/cfg/autostart');
    expect(autostartDirectory({}, '/home/tina')).toBe('/home/tina/.config/autostart');
    expect(autostartDirectory({ XDG_CONFIG_HOME: 'cfg' }, '/home/tina')).toBe('/home/tina/.config/autostart');
  });

  it('starts the app hidden, with its path quoted and escaped as the Exec key wants', () => {
    expect(
      autostartEntry({ name: 'pascom Companion', command: ['/opt/pascom Companion/pascom-companion'] }),
    ).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=pascom Companion',
        'Exec="/opt/pascom Companion/pascom-companion" --hidden',
        'Terminal=false',
        'NoDisplay=true',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
    expect(execArgument('/home/tina/Apps/pascom-companion-0.1.0.AppImage')).toBe(
      '/home/tina/Apps/pascom-companion-0.1.0.AppImage',
    );
    // A field code would be expanded; quotes, $ and backslashes would end or change the argument.
    expect(execArgument('/home/t/100%/a')).toBe('/home/t/100%%/a');
    expect(execArgument('/home/t/$HOME "x"')).toBe('"/home/t/\\\\$HOME \\\\"x\\\\""');
    expect(execArgument('C:\\x y')).toBe('"C:\\\\\\\\x y"');
  });

  it('is written when switched on and removed when switched off; one the desktop disabled counts as off', async () => {
    const env = { XDG_CONFIG_HOME: join(home, 'config') };
    const port = createXdgAutostart({
      env,
      fileName: 'pascom-companion.desktop',
      name: 'pascom Companion',
      command: ['/tmp/.mount_pascomXYZ/../pascom.AppImage'],
    });
    const path = join(home, 'config', 'autostart', 'pascom-companion.desktop');
    expect(await port.isEnabled()).toBe(false);
    await port.setEnabled(true);
    expect(await port.isEnabled()).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain('Exec=/tmp/.mount_pascomXYZ/../pascom.AppImage --hidden\n');
    writeFileSync(path, `${readFileSync(path, 'utf8')}Hidden=true\n`);
    expect(await port.isEnabled()).toBe(false);
    await port.setEnabled(false);
    expect(existsSync(path)).toBe(false);
    await port.setEnabled(false);
    expect(await port.isEnabled()).toBe(false);
  });
});
