/**
 * Where an export (or a report) may write, and putting the file there
 * atomically. One rule for the CLI's --out and --report and the app's save
 * dialog:
 *
 * - A new name in an existing folder, or an existing regular file: written
 *   to a temporary file in the same folder, flushed to disk, then renamed
 *   over the name (the folder is flushed too). Readers see the old file or
 *   the whole new one, never half; a replaced file keeps its permissions.
 * - A symbolic link to a regular file: the file it points to is replaced
 *   that way (the temporary file goes in that file's folder) and the link
 *   stays. A dangling link or one to anything else is refused.
 * - A folder, a device, a named pipe (FIFO) or a socket: refused before
 *   anything is opened, so nothing there is touched and nothing blocks.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../db/errors.ts';
import { errorMessage } from '../text/error-message.ts';

/** What a path that is not a regular file is, for the refusal. */
function kindOf(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const refuse = (path: string, why: string): AppError =>
  new AppError('VALIDATION', `cannot write ${path}: ${why}; nothing was written`);

const errorCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code;

/** Refuses a new name whose folder is missing or is not a folder. */
function checkFolder(path: string): void {
  const folder = dirname(path);
  let stats: Stats;
  try {
    stats = statSync(folder);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') throw refuse(path, `folder ${folder} does not exist`);
    if (errorCode(e) === 'ENOTDIR') throw refuse(path, `${folder} is not a folder`);
    throw refuse(path, errorMessage(e));
  }
  if (!stats.isDirectory()) throw refuse(path, `${folder} is not a folder`);
}

export interface OutputTarget {
  /** The file to create or replace: `path` itself, or the file a symbolic link points to. */
  file: string;
  /** Permission bits of the file being replaced; undefined for a new file. */
  mode: number | undefined;
}

/** Where writing `path` goes, or why it may not (an AppError with a one-line reason). */
export function outputTarget(path: string): OutputTarget {
  let own: Stats;
  try {
    own = lstatSync(path);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') {
      checkFolder(path);
      return { file: path, mode: undefined };
    }
    if (errorCode(e) === 'ENOTDIR') throw refuse(path, `${dirname(path)} is not a folder`);
    throw refuse(path, errorMessage(e));
  }
  if (!own.isSymbolicLink()) {
    const kind = kindOf(own);
    if (kind) throw refuse(path, `it is ${kind}, not a regular file`);
    return { file: path, mode: own.mode & 0o7777 };
  }
  let file: string;
  try {
    file = realpathSync(path);
  } catch {
    throw refuse(path, 'it is a symbolic link to a file that does not exist');
  }
  const stats = statSync(file);
  const kind = kindOf(stats);
  if (kind) throw refuse(path, `it is a symbolic link to ${file}, which is ${kind}`);
  return { file, mode: stats.mode & 0o7777 };
}

/** A temporary file beside an output's target, open for writing. */
export interface TempFile {
  /** Open for writing; whoever writes closes it (after fsync) before `placeTempFile`. */
  fd: number;
  path: string;
  target: OutputTarget;
}

/** Checks `path` and opens a new temporary file beside its target (exclusive: never an existing one). */
export function createTempFor(path: string): TempFile {
  const target = outputTarget(path);
  const temp = join(
    dirname(target.file),
    `${basename(target.file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (e) {
    throw new AppError('IO', `cannot write ${path}: cannot create a file beside it (${errorMessage(e)})`);
  }
  if (target.mode !== undefined) {
    try {
      fchmodSync(fd, target.mode);
    } catch (e) {
      closeSync(fd);
      rmSync(temp, { force: true });
      throw new AppError('IO', `cannot write ${path}: ${errorMessage(e)}`);
    }
  }
  return { fd, path: temp, target };
}

/**
 * Flushes a folder's names (a file created, renamed or removed in it) to disk.
 * Windows has no folder handles to flush; NTFS journals the names itself.
 */
export function syncFolder(path: string): void {
  if (process.platform === 'win32') return;
  const folder = openSync(path, 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}

/** Renames a complete, flushed and closed temporary file over its target. */
export function placeTempFile(temp: TempFile): void {
  try {
    renameSync(temp.path, temp.target.file);
    // The rename itself reaches the disk only with its folder.
    syncFolder(dirname(temp.target.file));
  } catch (e) {
    throw new AppError('IO', `cannot write ${temp.target.file}: ${errorMessage(e)}`);
  }
}

/** Removes a temporary file that will not be placed (its descriptor already closed). */
export function discardTempFile(temp: TempFile): void {
  rmSync(temp.path, { force: true });
}

/** Writes `text` to `path` under the rules above, all at once. */
export function writeFileAtomically(path: string, text: string): void {
  const temp = createTempFor(path);
  let open = true;
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length;) at += writeSync(temp.fd, bytes, at);
    fsyncSync(temp.fd);
    closeSync(temp.fd);
    open = false;
    placeTempFile(temp);
  } catch (e) {
    if (open) closeSync(temp.fd);
    discardTempFile(temp);
    throw e instanceof AppError ? e : new AppError('IO', `cannot write ${path}: ${errorMessage(e)}`);
  }
}
