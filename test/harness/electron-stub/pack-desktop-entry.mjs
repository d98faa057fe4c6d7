// electron-builder `afterPack` hook for the pack test: writes the .desktop entry that the AppImage
// and deb targets would install, so the test can check it without building those (they download
// their tools). Plain JS: electron-builder loads hooks with Node's own loader.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AppImageTargetModule from 'app-builder-lib/out/targets/appimage/AppImageTarget.js';
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper.js';

const AppImageTarget = AppImageTargetModule.default ?? AppImageTargetModule;

export default async function writeDesktopEntry(context) {
  if (context.electronPlatformName !== 'linux') return;
  const helper = new LinuxTargetHelper(context.packager);
  const entry = await helper.computeDesktopEntry(context.packager.platformSpecificBuildOptions);
  await writeFile(join(context.outDir, 'desktop-entry.txt'), entry);
  // The AppImage target's own entry (its Exec line differs: `AppRun ...`), computed by the target.
  const appImage = new AppImageTarget(null, context.packager, helper, context.outDir);
  await writeFile(join(context.outDir, 'appimage-desktop-entry.txt'), await appImage.desktopEntry.value);
}
