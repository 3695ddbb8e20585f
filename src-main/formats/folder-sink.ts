/**
 * A folder export (brat): its files written into a new folder beside the
 * target under a temporary name, which is renamed into place once every file
 * and every folder is on disk. The target must be new or an empty folder.
 *
 * Durable before it reports success: once every file is written, each is
 * flushed (fsync), then each folder written into, then the rename with the
 * target's folder. A failure removes the temporary folder, so no target
 * folder appears.
 */
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../db/errors.ts';
import { syncFolder } from '../corpus/output-path.ts';
import { systemErrorText } from '../text/system-error.ts';
import type { Sink } from './sink.ts';
import { say } from '../text/messages/say.ts';

/** Refuses a folder target that exists and is not an empty folder; true when it exists. */
function checkFolderTarget(path: string): boolean {
  let entries: string[];
  try {
    if (!statSync(path).isDirectory())
      throw new AppError('VALIDATION', say('refusals.write.notAFolder', { path }));
    entries = readdirSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  if (entries.length) throw new AppError('VALIDATION', say('refusals.write.folderNotEmpty', { path }));
  return true;
}

/**
 * Files being flushed at once: the file system commits fsyncs that wait
 * together in one go, where one after another each waits for the disk.
 */
const SYNCS_AT_ONCE = 16;

/**
 * Flushes every file of `files`, SYNCS_AT_ONCE at a time, each opened again
 * for it; stops starting more once `stopped()` says so or one fails.
 */
async function syncFiles(files: readonly string[], stopped: () => boolean): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const lane = async (): Promise<void> => {
    while (next < files.length && failure === null && !stopped()) {
      const file = files[next++] ?? '';
      try {
        const handle = await open(file, 'r');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: SYNCS_AT_ONCE }, lane));
  if (failure !== null) throw failure;
}

/** Appends `content` to `file`: one open, write and close. */
function append(file: string, content: string | Uint8Array): void {
  const fd = openSync(file, 'a');
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
  } finally {
    closeSync(fd);
  }
}

export function folderSink(path: string): Sink {
  const exists = checkFolderTarget(path);
  const temp = join(dirname(path), `.${randomBytes(4).toString('hex')}-${process.pid}.tmp-export`);
  try {
    mkdirSync(temp);
  } catch (e) {
    throw new AppError('IO', say('refusals.write.failed', { path, detail: systemErrorText(e) }));
  }
  // Paths, not open files: a corpus has more documents than a process may hold files open.
  const folders = new Set<string>([temp]);
  /**
   * Files written, each once, flushed only at the end: flushes between the
   * writes held up the creation of the next files (40,000 for 20,000
   * documents), where all at the end they wait together.
   */
  const written = new Set<string>();
  let discarded = false;
  const writeFile = (path: string, content: string | Uint8Array) => {
    const file = join(temp, path);
    const folder = dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      for (let f = folder; f !== temp && !folders.has(f); f = dirname(f)) folders.add(f);
    }
    // Appended: a later record may write to the same file again.
    append(file, content);
    written.add(file);
  };
  return {
    write(outputs) {
      for (const o of outputs) writeFile(o.path, o.text);
    },
    writePage({ bytes, files: pageFiles }) {
      let at = 0;
      for (const f of pageFiles) {
        writeFile(f.path, bytes.subarray(at, at + f.length));
        at += f.length;
      }
    },
    async finish() {
      await syncFiles([...written], () => discarded);
      // The files' names, deepest folder first, then the folder's own name once renamed.
      for (const folder of [...folders].sort((a, b) => b.length - a.length)) syncFolder(folder);
      if (exists) rmdirSync(path);
      renameSync(temp, path);
      syncFolder(dirname(path));
    },
    discard() {
      discarded = true;
      rmSync(temp, { recursive: true, force: true });
    },
  };
}
