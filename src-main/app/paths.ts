import { isAbsolute, join, resolve } from 'node:path';

export interface DatabaseLocation {
  path: string;
  /** Where the choice came from, for the error dialog and the log. */
  from: 'argument' | 'environment' | 'default';
}

/**
 * Where the database lives: `--db PATH` (or `--db=PATH`) beats the
 * `ANNOTATOR_DB` variable, which beats the user-data folder.
 */
export function resolveDatabasePath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userData: string,
  cwd: string,
): DatabaseLocation {
  const absolute = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--db=') && arg.length > 5) return { path: absolute(arg.slice(5)), from: 'argument' };
    const next = argv[i + 1];
    if (arg === '--db' && next && !next.startsWith('--')) return { path: absolute(next), from: 'argument' };
  }
  const fromEnv = env.ANNOTATOR_DB?.trim();
  if (fromEnv) return { path: absolute(fromEnv), from: 'environment' };
  return { path: join(userData, 'annotator.db'), from: 'default' };
}

/**
 * The bundled sample articles: beside app.asar when packaged (electron-builder
 * `extraResources`), else `resources/samples` of the checkout. The checkout is
 * found from the main bundle (out/main/), not from the app path, which is
 * out/main itself when Electron is started as `electron out/main/index.js`.
 */
export function samplesDirectory(options: {
  isPackaged: boolean;
  resourcesPath: string;
  mainBundleDir: string;
}): string {
  return options.isPackaged
    ? join(options.resourcesPath, 'samples')
    : join(options.mainBundleDir, '..', '..', 'resources', 'samples');
}
