#!/usr/bin/env node
// `npm start` and `npm run dev`: electron-vite, with Electron's binary made sure of
// first, so a missing one is fetched (or reported in one line) before anything is
// built. electron-vite reads only ELECTRON_EXEC_PATH or the package's path.txt and
// ignores ELECTRON_OVERRIDE_DIST_PATH, so the executable is handed to it here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureElectron } from './electron-binary.mjs';

function electronViteBin() {
  const pkgFile = createRequire(import.meta.url).resolve('electron-vite/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  return join(dirname(pkgFile), pkg.bin['electron-vite']);
}

// One set by hand is electron-vite's own override and stays as it is.
const ensured = process.env.ELECTRON_EXEC_PATH
  ? { executable: process.env.ELECTRON_EXEC_PATH }
  : ensureElectron(process.cwd(), process.env);
if ('error' in ensured) {
  console.error(ensured.error);
  process.exitCode = 1;
} else {
  process.env.ELECTRON_EXEC_PATH = ensured.executable;
  // electron-vite's CLI reads its command from process.argv, which already holds ours.
  await import(pathToFileURL(electronViteBin()).href);
}
