import { describe, expect, it, test } from 'vitest';
import {
  panelPosition,
  popupPositions,
  type Rect,
  taskbarEdge,
} from '../../../electron/main/window-placement';

const display: Rect = { x: 0, y: 0, width: 1920, height: 1080 };
const panel = { width: 360, height: 520 };
const popup = { width: 340, height: 140 };

function inside(
  position: { x: number; y: number },
  size: { width: number; height: number },
  area: Rect,
): boolean {
  return (
    position.x >= area.x &&
    position.y >= area.y &&
    position.x + size.width <= area.x + area.width &&
    position.y + size.height <= area.y + area.height
  );
}

describe('where the panel opens', () => {
  it('above the tray icon when the taskbar is at the bottom (Windows)', () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    const trayBounds = { x: 1700, y: 1045, width: 24, height: 30 };
    expect(taskbarEdge(display, workArea)).toBe('bottom');
    const position = panelPosition({ size: panel, workArea, displayBounds: display, trayBounds });
    expect(position).toEqual({ x: 1532, y: 512 });
    expect(inside(position, panel, workArea)).toBe(true);
  });

  it('below the icon when the tray is in a top bar (macOS, GNOME), kept on screen at the right edge', () => {
    const workArea = { x: 0, y: 25, width: 1920, height: 1055 };
    const trayBounds = { x: 1890, y: 0, width: 22, height: 24 };
    const position = panelPosition({ size: panel, workArea, displayBounds: display, trayBounds });
    expect(position.y).toBe(33);
    expect(position.x + panel.width).toBeLessThanOrEqual(1920);
    expect(inside(position, panel, workArea)).toBe(true);
  });

  it('beside a vertical taskbar', () => {
    const workArea = { x: 60, y: 0, width: 1860, height: 1080 };
    const trayBounds = { x: 10, y: 1000, width: 40, height: 40 };
    const position = panelPosition({ size: panel, workArea, displayBounds: display, trayBounds });
    expect(position.x).toBe(68);
    expect(inside(position, panel, workArea)).toBe(true);
  });

  it('in the corner of the taskbar edge where the tray reports no position (Linux AppIndicator)', () => {
    const bottomBar = { x: 0, y: 0, width: 1920, height: 1040 };
    expect(
      panelPosition({ size: panel, workArea: bottomBar, displayBounds: display, trayBounds: null }),
    ).toEqual({
      x: 1552,
      y: 512,
    });
    const topBar = { x: 0, y: 32, width: 1920, height: 1048 };
    const zero = { x: 0, y: 0, width: 0, height: 0 };
    expect(
      panelPosition({ size: panel, workArea: topBar, displayBounds: display, trayBounds: zero }),
    ).toEqual({
      x: 1552,
      y: 40,
    });
  });
});

describe('where caller popups stack', () => {
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };

  it('from the bottom-right corner upwards, oldest at the bottom', () => {
    expect(popupPositions(3, popup, workArea)).toEqual([
      { x: 1572, y: 892 },
      { x: 1572, y: 744 },
      { x: 1572, y: 596 },
    ]);
  });

  it('in a second column when the first is full, never off the work area', () => {
    const small = { x: 1920, y: 0, width: 1280, height: 500 };
    const positions = popupPositions(5, popup, small);
    expect(positions.map((position) => position.x)).toEqual([2852, 2852, 2852, 2504, 2504]);
    for (const position of positions) expect(inside(position, popup, small)).toBe(true);
  });

  it('on a work area smaller than one popup, pinned to its top-left rather than off screen', () => {
    const tiny = { x: 100, y: 100, width: 200, height: 100 };
    expect(popupPositions(1, popup, tiny)).toEqual([{ x: 100, y: 100 }]);
  });
});

describe('popup positions per corner', () => {
  const area = { x: 0, y: 20, width: 1000, height: 700 };
  const size = { width: 360, height: 200 };

  test('stack from the chosen corner, oldest nearest to it, inside the work area', () => {
    expect(popupPositions(2, size, area, 'bottom-right')).toEqual([
      { x: 632, y: 512 },
      { x: 632, y: 304 },
    ]);
    expect(popupPositions(2, size, area, 'top-left')).toEqual([
      { x: 8, y: 28 },
      { x: 8, y: 236 },
    ]);
    expect(popupPositions(4, size, area, 'top-right').at(-1)).toEqual({ x: 264, y: 28 });
    for (const corner of ['bottom-left', 'top-right'] as const) {
      for (const point of popupPositions(7, size, area, corner)) {
        expect(point.x).toBeGreaterThanOrEqual(area.x);
        expect(point.y + size.height).toBeLessThanOrEqual(area.y + area.height);
      }
    }
  });
});
