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

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 720, height: 480 };

const isBounds = (v: unknown): v is Bounds =>
  typeof v === 'object' &&
  v !== null &&
  ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((v as Record<string, unknown>)[k]));

/** Reads the saved state; a missing or damaged file gives null (open as on first run), never an error. */
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
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  // A hand-edited or damaged file may hold any numbers: never below the minimum size.
  const wanted = {
    ...saved,
    width: Math.round(Math.max(MIN_SIZE.width, saved.width)),
    height: Math.round(Math.max(MIN_SIZE.height, saved.height)),
  };
  const overlap = (a: Bounds, b: Bounds) =>
    Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
    Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const area = workAreas.reduce(
    (best, wa) => (overlap(wanted, wa) > overlap(wanted, best) ? wa : best),
    primary,
  );
  const width = Math.max(MIN_SIZE.width, Math.min(wanted.width, area.width));
  const height = Math.max(MIN_SIZE.height, Math.min(wanted.height, area.height));
  if (overlap(wanted, area) === 0) {
    return {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    };
  }
  return {
    x: Math.round(Math.min(Math.max(wanted.x, area.x), area.x + area.width - width)),
    y: Math.round(Math.min(Math.max(wanted.y, area.y), area.y + area.height - height)),
    width,
    height,
  };
}

/** Where the window opens: where it was left, or centred on the primary display the first time. */
export function initialBounds(saved: Bounds | null, workAreas: readonly Bounds[]): Bounds {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved) return fitToDisplays(saved, workAreas);
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  return fitToDisplays(
    {
      x: Math.round(primary.x + (primary.width - width) / 2),
      y: Math.round(primary.y + (primary.height - height) / 2),
      width,
      height,
    },
    workAreas,
  );
}
