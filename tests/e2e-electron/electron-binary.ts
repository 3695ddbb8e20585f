import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable, or null where it is not installed. Asked without
 * `require('electron')`, which would try to download the binary when it is
 * missing (and fail, offline) instead of returning a path to check.
 */
export function electronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  const installed = existsSync(pathFile);
  if (!override && !installed) return null;
  // The same lookup as the electron package's index.js, minus its download attempt.
  const relative = installed ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const executable = override ? join(override, relative) : join(dir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

export const SKIP_REASON =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); real-Electron specs skipped';
