import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** What the tests read from a build: one per bundle electron-vite makes. */
const ENTRIES = [
  ['main', 'index.js'],
  ['main', 'cli.js'],
  ['preload', 'index.cjs'],
  ['renderer', 'index.html'],
] as const;

/** What a build is made from: a change to any of these makes out/ stale. */
const SOURCES = ['src-main', 'src-renderer', 'electron.vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export interface BuiltApp {
  /** out/, as `npm run build` leaves it. */
  dir: string;
  main: string;
  renderer: string;
  preload: string;
}

/**
 * The app as `npm run build` left it in out/. `npm test` builds once, before
 * every test that reads the build, instead of each test building its own;
 * a focused run needs `npm run build` first, and is told so instead of
 * testing a missing or stale build.
 */
export function builtApp(): BuiltApp {
  const dir = join(ROOT, 'out');
  const entries = ENTRIES.map((parts) => join(dir, ...parts));
  const missing = entries.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(`no build in out/ (${missing.join(', ')} missing): run \`npm run build\` first`);
  }
  const builtAt = Math.min(...entries.map((path) => statSync(path).mtimeMs));
  const changed = SOURCES.filter((source) => newestMtime(join(ROOT, source)) > builtAt);
  if (changed.length > 0) {
    throw new Error(`out/ is older than ${changed.join(', ')}: run \`npm run build\` again`);
  }
  return { dir, main: join(dir, 'main'), renderer: join(dir, 'renderer'), preload: join(dir, 'preload') };
}
