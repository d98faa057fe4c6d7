/**
 * The tray icons, inlined into the main bundle as `data:` URLs (they are a few hundred bytes each),
 * so no path to an asset folder has to survive packaging. Each state has a 16 px image and a
 * 32 px representation for 2x screens; `assets/generate-icons.ts` draws them.
 */
import type { NativeImage } from 'electron';
import forwarded2x from '../../assets/tray/forwarded@2x.png?inline';
import forwarded from '../../assets/tray/forwarded.png?inline';
import idle2x from '../../assets/tray/idle@2x.png?inline';
import idle from '../../assets/tray/idle.png?inline';
import inCall2x from '../../assets/tray/in-call@2x.png?inline';
import inCall from '../../assets/tray/in-call.png?inline';
import offline2x from '../../assets/tray/offline@2x.png?inline';
import offline from '../../assets/tray/offline.png?inline';
import paused2x from '../../assets/tray/paused@2x.png?inline';
import paused from '../../assets/tray/paused.png?inline';
import ringing2x from '../../assets/tray/ringing@2x.png?inline';
import ringing from '../../assets/tray/ringing.png?inline';
import type { TrayIconState } from '../core/tray/tray-entry';

const sources: Record<TrayIconState, { x1: string; x2: string }> = {
  idle: { x1: idle, x2: idle2x },
  ringing: { x1: ringing, x2: ringing2x },
  'in-call': { x1: inCall, x2: inCall2x },
  paused: { x1: paused, x2: paused2x },
  forwarded: { x1: forwarded, x2: forwarded2x },
  offline: { x1: offline, x2: offline2x },
};

export interface NativeImageFactory {
  createFromDataURL(dataURL: string): NativeImage;
}

export function loadTrayIcons(nativeImage: NativeImageFactory): Record<TrayIconState, NativeImage> {
  const load = (state: TrayIconState): NativeImage => {
    const image = nativeImage.createFromDataURL(sources[state].x1);
    image.addRepresentation({ scaleFactor: 2, dataURL: sources[state].x2 });
    return image;
  };
  return {
    idle: load('idle'),
    ringing: load('ringing'),
    'in-call': load('in-call'),
    paused: load('paused'),
    forwarded: load('forwarded'),
    offline: load('offline'),
  };
}
