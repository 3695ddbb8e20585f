// Electron's binary: where the electron package keeps it, and fetching it through
// the package's own installer when it is missing. The package (45.x) has no
// install step: its index.js downloads the binary the first time
// require('electron') asks for the path. electron-vite never asks: it reads
// path.txt itself and throws "Electron uninstall" when that is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The electron package's folder as Node resolves it from `projectDir`, or null when it is not installed. */
export function electronPackageDir(projectDir) {
  try {
    return dirname(createRequire(join(projectDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The executable the package's index.js would hand out: the file path.txt names,
 * inside ELECTRON_OVERRIDE_DIST_PATH when that is set, else inside the package's
 * dist/. Null when neither says where it is.
 */
export function electronExecutable(packageDir, env) {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, relative || 'electron');
  return relative ? join(packageDir, 'dist', relative) : null;
}

/**
 * Electron's executable, fetched first with the package's `install-electron`
 * bin (what its index.js runs) when it is missing. Never downloads under
 * ELECTRON_SKIP_BINARY_DOWNLOAD or ELECTRON_OVERRIDE_DIST_PATH; every failure is
 * one line saying what is missing and how to get it.
 */
export function ensureElectron(projectDir, env) {
  const dir = electronPackageDir(projectDir);
  if (dir === null) return { error: 'The electron package is not installed: run `npm install` first.' };
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const found = electronExecutable(dir, env);
  if (found !== null && existsSync(found)) return { executable: found };

  const folder = `the folder of an unpacked Electron ${pkg.version}`;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      error: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${found} does not exist: point it at ${folder}.`,
    };
  }
  const unpacked = `set ELECTRON_OVERRIDE_DIST_PATH to ${folder}`;
  const missing = `Electron ${pkg.version}'s binary is not installed`;
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return {
      error: `${missing} and ELECTRON_SKIP_BINARY_DOWNLOAD is set: unset it and run this again where github.com is reachable, or ${unpacked}.`,
    };
  }

  console.log(`Downloading Electron ${pkg.version}'s binary (first run only)...`);
  const installer = spawnSync(process.execPath, [join(dir, pkg.bin['install-electron'])], {
    cwd: dir,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const installed = electronExecutable(dir, env);
  if (installer.status === 0 && installed !== null && existsSync(installed)) return { executable: installed };
  // The installer prints the error's stack; its first line is the message.
  const said = installer.stderr?.split('\n').find((line) => line.trim() !== '');
  const reason =
    said?.trim() ??
    installer.error?.message ??
    (installer.status === 0
      ? 'the installer left no executable'
      : `the installer stopped with ${installer.signal ?? `exit code ${installer.status}`}`);
  return {
    error: `${missing} and downloading it failed (${reason}): run this again where github.com is reachable (or with ELECTRON_MIRROR set to a mirror), or ${unpacked}.`,
  };
}
