import type { Db } from '../db/connection.ts';
import { indexSlice, indexState } from '../db/text-index.ts';
import type { IndexingProgress } from '../ipc/contract.ts';

/** Work per slice: short enough that a call waiting behind it is not noticed. */
export const SLICE_MS = 5;
/** How long to wait for a transaction (an import) to end before indexing on. */
const WAIT_MS = 100;
/**
 * How long the indexer holds off after a call. Someone typing a filter
 * calls once a keystroke, well within a second of the last: their calls then
 * find the thread idle rather than behind a slice, and the slices do not
 * take the machine's cores from the window drawing the answers. The index
 * goes on once they stop; searches stay right meanwhile, by reading the
 * texts not indexed yet.
 */
export const QUIET_MS = 1000;

/** After a call of this method the indexer looks for new documents: the one way documents are added. */
export const addsDocuments = (method: string): boolean => method === 'corpus.import';

export interface TextIndexer {
  /** Looks for documents the index lacks and indexes them; again at the end if called while it runs. */
  start(): void;
  /** A call came in: no slice starts until QUIET_MS after the last one. */
  giveWay(): void;
}

/**
 * Indexes the documents the text index lacks (db/text-index.ts) a slice at
 * a time, yielding to the thread's calls between slices and holding off
 * while they keep coming (giveWay), and reports how far it is each time the
 * percentage moves. `start` again while it runs only makes it look again
 * for new documents when it reaches the end.
 */
export function textIndexer(
  db: Db,
  report: (progress: IndexingProgress) => void,
  quietMs = QUIET_MS,
): TextIndexer {
  let running = false;
  let again = false;
  let total = 0;
  let unindexed = 0;
  let shown = -1;
  let quietFrom = 0;

  const tell = () => {
    const percent = total === 0 ? 100 : Math.floor(((total - unindexed) / total) * 100);
    if (percent === shown && unindexed > 0) return;
    shown = percent;
    report({ unindexed, total, percent });
  };
  const count = () => {
    ({ unindexed, total } = indexState(db));
  };
  /** Runs `next` now if it may (no transaction open, no call lately); else later, and says so. */
  const deferred = (next: () => void): boolean => {
    const wait = db.inTransaction ? WAIT_MS : quietFrom - performance.now();
    if (wait <= 0) return false;
    setTimeout(next, wait);
    return true;
  };
  const step = () => {
    if (!db.open) return void (running = false);
    if (deferred(step)) return;
    try {
      const done = indexSlice(db, SLICE_MS);
      if (done > 0) {
        unindexed = Math.max(0, unindexed - done);
        tell();
        return void setImmediate(step);
      }
      if (again) {
        again = false;
        count();
        return void setImmediate(step);
      }
      unindexed = 0;
      tell();
    } catch {
      // Searches scan what is not indexed, so they stay right; the next start tries again.
    }
    running = false;
  };
  const begin = () => {
    if (!db.open) return void (running = false);
    if (deferred(begin)) return;
    again = false;
    count();
    shown = -1;
    if (unindexed === 0) return void (running = false);
    tell();
    step();
  };
  return {
    start() {
      if (running) {
        again = true;
        return;
      }
      running = true;
      setImmediate(begin);
    },
    giveWay() {
      quietFrom = performance.now() + quietMs;
    },
  };
}
