import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fitToDisplays,
  initialBounds,
  loadWindowState,
  saveWindowState,
} from '../../../src-main/app/window-state.ts';
import { tempDir } from '../../helpers/tmp.ts';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 900 };
const MONITOR = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  it('saves and restores size, position and maximized', () => {
    const path = join(tempDir(), 'window.json');
    const state = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true };
    saveWindowState(path, state);
    expect(loadWindowState(path)).toEqual(state);
  });

  it('ignores a missing or damaged file', () => {
    const dir = tempDir();
    expect(loadWindowState(join(dir, 'none.json'))).toBeNull();
    writeFileSync(join(dir, 'bad.json'), '{"bounds": {"x": "left"}}');
    expect(loadWindowState(join(dir, 'bad.json'))).toBeNull();
  });

  it('keeps a window on the display it was on', () => {
    expect(fitToDisplays({ x: 1600, y: 100, width: 1200, height: 800 }, [LAPTOP, MONITOR])).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 800,
    });
  });

  it('brings back a window left on a display that is gone, and shrinks it to fit', () => {
    expect(fitToDisplays({ x: 2000, y: 200, width: 2000, height: 1200 }, [LAPTOP])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 900,
    });
    const moved = fitToDisplays({ x: 1300, y: 850, width: 1000, height: 700 }, [LAPTOP]);
    expect(moved.x + moved.width).toBeLessThanOrEqual(1440);
    expect(moved.y + moved.height).toBeLessThanOrEqual(900);
  });

  it('opens centred on the primary display the first time', () => {
    expect(initialBounds(null, [MONITOR, LAPTOP])).toEqual({ x: 2080, y: 310, width: 1280, height: 820 });
    expect(initialBounds(null, [{ x: 0, y: 0, width: 1024, height: 600 }])).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 600,
    });
    expect(initialBounds({ x: -5000, y: 0, width: 800, height: 600 }, [LAPTOP])).toEqual({
      x: 320,
      y: 150,
      width: 800,
      height: 600,
    });
  });

  it('never makes a window smaller than the minimum, nor from nonsense sizes', () => {
    const fitted = fitToDisplays({ x: 10, y: 10, width: -50, height: 0 }, [LAPTOP]);
    expect(fitted).toEqual({ x: 10, y: 10, width: 720, height: 480 });
  });
});
