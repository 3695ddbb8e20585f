/**
 * A folder export (brat): its files written into a new folder beside the
 * target under a temporary name, which is renamed into place once every file
 * and every folder is on disk. The target must be new or an empty folder.
 *
 * Durable before it reports success: each file is flushed (fsync) after its
 * last write, then each folder written into, then the rename with the
 * target's folder. A failure removes the temporary folder, so no target
 * folder appears.
 */
import { appendFileSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
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
 * together in one go, where one after another each waits for the disk. Each
 * holds a file open, so this also bounds the files open (a folder export has
 * more files than a process may hold open).
 */
const SYNCS_AT_ONCE = 16;

/**
 * Flushes files as they are written, in the background, while later pages
 * are converted and written: the writing and the flushing overlap instead of
 * one waiting for the other.
 */
class SyncQueue {
  private readonly files: string[] = [];
  private next = 0;
  private running = 0;
  private failure: unknown = null;
  private stopped = false;
  private settled: (() => void) | null = null;

  /** Flushes `file` after everything written to it so far. */
  add(file: string): void {
    this.files.push(file);
    this.pump();
  }

  /** Resolves once every file added is flushed; rejects with the first failure. */
  async drain(): Promise<void> {
    while (this.running > 0 || (this.next < this.files.length && this.failure === null)) {
      await new Promise<void>((resolve) => (this.settled = resolve));
    }
    if (this.failure !== null) throw this.failure;
  }

  /** Starts no more flushes; those under way end by themselves, their failures unheard. */
  stop(): void {
    this.stopped = true;
  }

  private pump(): void {
    while (!this.stopped && this.failure === null && this.running < SYNCS_AT_ONCE) {
      const file = this.files[this.next];
      if (file === undefined) return;
      this.files[this.next++] = '';
      this.running++;
      void syncFile(file).then(
        () => this.done(),
        (e: unknown) => {
          this.failure ??= e;
          this.done();
        },
      );
    }
  }

  private done(): void {
    this.running--;
    this.pump();
    const settled = this.settled;
    this.settled = null;
    settled?.();
  }
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
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
  const syncs = new SyncQueue();
  const writeFile = (path: string, content: string | Uint8Array) => {
    const file = join(temp, path);
    const folder = dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      for (let f = folder; f !== temp && !folders.has(f); f = dirname(f)) folders.add(f);
    }
    // Appended: a later record may write to the same file again (and it is flushed again).
    appendFileSync(file, content);
    syncs.add(file);
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
      await syncs.drain();
      // The files' names, deepest folder first, then the folder's own name once renamed.
      for (const folder of [...folders].sort((a, b) => b.length - a.length)) syncFolder(folder);
      if (exists) rmdirSync(path);
      renameSync(temp, path);
      syncFolder(dirname(path));
    },
    discard() {
      syncs.stop();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}
