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
import {
  close,
  closeSync,
  fsync,
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
 * Written files kept open until they are flushed, at most: flushed through
 * the descriptor they were written through, a file is not opened a second
 * time (40,000 opens of a corpus's export, each slow). Past it a file is
 * closed and opened again to be flushed: a folder export has more files
 * than a process may hold open. A process allowed fewer (ulimit -n) gives
 * them back when it runs out, and holds half as many from then on.
 */
const HELD_OPEN = 256;

/** A file to flush: its path, and the descriptor it was written through while that is held open. */
interface Written {
  file: string;
  fd: number | null;
}

/**
 * Flushes files as they are written, in the background, while later pages
 * are converted and written: the writing and the flushing overlap instead of
 * one waiting for the other.
 */
class SyncQueue {
  private readonly files: (Written | null)[] = [];
  private next = 0;
  private running = 0;
  /** Descriptors held by files waiting or being flushed. */
  private held = 0;
  private holdLimit = HELD_OPEN;
  private failure: unknown = null;
  private stopped = false;
  private settled: (() => void) | null = null;

  /** Whether one more written file may be handed over with its descriptor still open. */
  canHold(): boolean {
    return this.held < this.holdLimit;
  }

  /**
   * Closes the descriptors of the files waiting to be flushed (they are
   * reopened for it) and holds half as many from now on; false when none
   * was waiting.
   */
  releaseHeld(): boolean {
    const before = this.held;
    for (let i = this.next; i < this.files.length; i++) {
      const written = this.files[i];
      if (written?.fd === null || written?.fd === undefined) continue;
      closeQuietly(written.fd);
      written.fd = null;
      this.held--;
    }
    this.holdLimit = Math.floor(before / 2);
    return this.held < before;
  }

  /** Flushes `written.file` after everything written to it so far, then closes its descriptor. */
  add(written: Written): void {
    if (written.fd !== null) this.held++;
    this.files.push(written);
    this.pump();
  }

  /** Resolves once every file added is flushed; rejects with the first failure. */
  async drain(): Promise<void> {
    while (this.running > 0 || (this.next < this.files.length && this.failure === null)) {
      await new Promise<void>((resolve) => (this.settled = resolve));
    }
    if (this.failure !== null) throw this.failure;
  }

  /** Starts no more flushes and closes the files waiting; those under way end by themselves, their failures unheard. */
  stop(): void {
    this.stopped = true;
    for (let i = this.next; i < this.files.length; i++) {
      const fd = this.files[i]?.fd;
      if (fd !== undefined && fd !== null) closeQuietly(fd);
      this.files[i] = null;
    }
  }

  private pump(): void {
    while (!this.stopped && this.failure === null && this.running < SYNCS_AT_ONCE) {
      const written = this.files[this.next];
      if (!written) return;
      this.files[this.next++] = null;
      this.running++;
      void syncFile(written).then(
        () => this.done(written),
        (e: unknown) => {
          this.failure ??= e;
          this.done(written);
          // No more flushes start: the files waiting are closed now, not left open.
          this.stop();
        },
      );
    }
  }

  private done(written: Written): void {
    this.running--;
    if (written.fd !== null) this.held--;
    this.pump();
    const settled = this.settled;
    this.settled = null;
    settled?.();
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already failed: the export is being thrown away.
  }
}

async function syncFile({ file, fd }: Written): Promise<void> {
  if (fd === null) {
    const handle = await open(file, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    return;
  }
  try {
    await new Promise<void>((resolve, reject) => fsync(fd, (e) => (e ? reject(e) : resolve())));
  } finally {
    await new Promise<void>((resolve, reject) => close(fd, (e) => (e ? reject(e) : resolve())));
  }
}

/** Opens `file` to append; out of descriptors, gives back those held and tries once more. */
function openToAppend(file: string, syncs: SyncQueue): number {
  try {
    return openSync(file, 'a');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EMFILE' || !syncs.releaseHeld()) throw e;
    return openSync(file, 'a');
  }
}

/** Appends `content` to `file` and hands it to `syncs` to be flushed, open if it may be held. */
function appendAndSync(file: string, content: string | Uint8Array, syncs: SyncQueue): void {
  const fd = openToAppend(file, syncs);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  if (syncs.canHold()) {
    syncs.add({ file, fd });
    return;
  }
  closeSync(fd);
  syncs.add({ file, fd: null });
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
    appendAndSync(file, content, syncs);
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
