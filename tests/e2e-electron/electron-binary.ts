import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { electronExecutable } from '../../build/electron-binary.mjs';

/**
 * The Electron executable, or null where it is not installed. Looked up by the
 * same rule as `npm start` (build/electron-binary.mjs), without the download
 * `require('electron')` would try: `npm run test:electron` has made that attempt.
 */
export function electronBinary(): string | null {
  const executable = electronExecutable(
    dirname(createRequire(import.meta.url).resolve('electron/package.json')),
    process.env,
  );
  return executable !== null && existsSync(executable) ? executable : null;
}

export const SKIP_REASON =
  "Electron's binary is not installed (npm run test:electron fetches it where github.com is reachable, or set ELECTRON_OVERRIDE_DIST_PATH); real-Electron specs skipped";
