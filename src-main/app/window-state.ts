import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

export const DEFAULT_STATE: WindowState = {
  bounds: { x: 0, y: 0, width: 1280, height: 820 },
  maximized: false,
};
const MIN = { width: 720, height: 480 };

const isBounds = (v: unknown): v is Bounds =>
  typeof v === 'object' &&
  v !== null &&
  ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((v as Record<string, unknown>)[k]));

/** Reads the saved state; a missing or damaged file gives the default, never an error. */
export function loadWindowState(path: string): WindowState | null {
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { bounds?: unknown; maximized?: unknown };
    if (!isBounds(raw.bounds)) return null;
    return { bounds: raw.bounds, maximized: raw.maximized === true };
  } catch {
    return null;
  }
}

export function saveWindowState(path: string, state: WindowState): void {
  const temp = `${path}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, path);
}

/**
 * Fits saved bounds onto the displays there are now: a window remembered on a
 * monitor that has since been unplugged must not open out of sight.
 */
export function fitToDisplays(saved: Bounds, workAreas: readonly Bounds[]): Bounds {
  const primary = workAreas[0] ?? DEFAULT_STATE.bounds;
  const overlap = (a: Bounds, b: Bounds) =>
    Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
    Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const area = workAreas.reduce(
    (best, wa) => (overlap(saved, wa) > overlap(saved, best) ? wa : best),
    primary,
  );
  const width = Math.max(MIN.width, Math.min(saved.width, area.width));
  const height = Math.max(MIN.height, Math.min(saved.height, area.height));
  if (overlap(saved, area) === 0) {
    return {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    };
  }
  return {
    x: Math.min(Math.max(saved.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(saved.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}
