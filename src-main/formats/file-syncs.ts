/**
 * Files made durable in the background while an export goes on writing: a
 * folder export has two files a document, and one fsync after another waits
 * for the disk each time, where the file system commits fsyncs that are
 * waiting together in one go. Each fsync runs on libuv's thread pool, beside
 * the threads converting the next pages, and `done()` says when every file
 * handed over is on disk.
 */
import { open } from 'node:fs/promises';

/** fsyncs in flight at once; also bounds the files this holds open. */
const SYNCS_AT_ONCE = 16;

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface FileSyncs {
  /** Queues files (complete: nothing more is written to them) to be synced. */
  add(files: Iterable<string>): void;
  /** Settles once every file added is synced; fails with the first failure. */
  done(): Promise<void>;
}

export function fileSyncs(): FileSyncs {
  const queue: string[] = [];
  let next = 0;
  let running = 0;
  let failure: { error: unknown } | null = null;
  let idle: (() => void) | null = null;
  const pump = () => {
    while (running < SYNCS_AT_ONCE && next < queue.length) {
      const file = queue[next++];
      if (file === undefined) break;
      running++;
      syncFile(file)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => {
          running--;
          pump();
          if (running === 0 && next === queue.length) idle?.();
        });
    }
  };
  return {
    add(files) {
      for (const file of files) queue.push(file);
      pump();
    },
    async done() {
      if (running > 0 || next < queue.length) await new Promise<void>((resolve) => (idle = resolve));
      if (failure) throw failure.error;
    },
  };
}
