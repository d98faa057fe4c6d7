/**
 * Where windows go, as pure geometry so it is tested without a screen. Rectangles are Electron's
 * DIP coordinates; a work area is the display minus taskbars, docks and panels.
 */
import type { PopupCorner } from '../shared/features/calls';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

export const windowMarginPx = 8;

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

function clampInto(position: Point, size: Size, area: Rect): Point {
  return {
    x: Math.round(clamp(position.x, area.x, area.x + area.width - size.width)),
    y: Math.round(clamp(position.y, area.y, area.y + area.height - size.height)),
  };
}

/** Which edge of the display the taskbar (and so the tray) is on, judged from the work area. */
export function taskbarEdge(displayBounds: Rect, workArea: Rect): 'top' | 'bottom' | 'left' | 'right' {
  if (workArea.y > displayBounds.y) return 'top';
  if (workArea.x > displayBounds.x) return 'left';
  if (workArea.width < displayBounds.width) return 'right';
  return 'bottom';
}

/**
 * The panel opens next to the tray icon: below it when the tray is at the top (macOS menu bar,
 * GNOME), above it when at the bottom (Windows), beside it for a vertical taskbar. Linux reports
 * no tray bounds (AppIndicator), so there the panel goes to the corner of the taskbar's edge.
 */
export function panelPosition(options: {
  size: Size;
  workArea: Rect;
  displayBounds: Rect;
  trayBounds: Rect | null;
}): Point {
  const { size, workArea, displayBounds } = options;
  const tray = options.trayBounds && options.trayBounds.width > 0 ? options.trayBounds : null;
  const edge = taskbarEdge(displayBounds, workArea);
  const right = workArea.x + workArea.width - size.width - windowMarginPx;
  const bottom = workArea.y + workArea.height - size.height - windowMarginPx;
  if (!tray) {
    const y = edge === 'top' ? workArea.y + windowMarginPx : bottom;
    const x = edge === 'left' ? workArea.x + windowMarginPx : right;
    return clampInto({ x, y }, size, workArea);
  }
  const centeredX = tray.x + tray.width / 2 - size.width / 2;
  const centeredY = tray.y + tray.height / 2 - size.height / 2;
  switch (edge) {
    case 'top':
      return clampInto({ x: centeredX, y: workArea.y + windowMarginPx }, size, workArea);
    case 'left':
      return clampInto({ x: workArea.x + windowMarginPx, y: centeredY }, size, workArea);
    case 'right':
      return clampInto({ x: right, y: centeredY }, size, workArea);
    default:
      return clampInto({ x: centeredX, y: bottom }, size, workArea);
  }
}

/**
 * Caller popups stack from a corner of the work area (settings; bottom-right by default), oldest
 * nearest the corner; when a column is full the next one starts beside it, towards the middle.
 * Every position stays inside the work area.
 */
export function popupPositions(
  count: number,
  size: Size,
  workArea: Rect,
  corner: PopupCorner = 'bottom-right',
): Point[] {
  return popupStack(
    Array.from({ length: count }, () => size.height),
    size.width,
    workArea,
    corner,
  );
}

/**
 * The same stacking for popups of their own heights (each sized to its content): a column takes
 * popups while they fit, the next popup starts the next column.
 */
export function popupStack(
  heights: readonly number[],
  width: number,
  workArea: Rect,
  corner: PopupCorner = 'bottom-right',
): Point[] {
  const fromTop = corner.startsWith('top');
  const fromLeft = corner.endsWith('left');
  const positions: Point[] = [];
  let column = 0;
  let used = 0;
  for (const height of heights) {
    if (used > 0 && used + height + windowMarginPx > workArea.height) {
      column += 1;
      used = 0;
    }
    const x = fromLeft
      ? workArea.x + windowMarginPx + column * (width + windowMarginPx)
      : workArea.x + workArea.width - (column + 1) * (width + windowMarginPx);
    const y = fromTop
      ? workArea.y + windowMarginPx + used
      : workArea.y + workArea.height - used - height - windowMarginPx;
    positions.push(clampInto({ x, y }, { width, height }, workArea));
    used += height + windowMarginPx;
  }
  return positions;
}
