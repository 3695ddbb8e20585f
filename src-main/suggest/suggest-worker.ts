/**
 * Worker thread of a corpus `suggest` run: prepares the rules once from the
 * run's setup (the ACTOR names become one matcher), then for each batch of
 * document ids reads their texts from its own read-only connection and
 * answers with what the rules found. The main thread stores it, and ends
 * the thread when the run is over. Started by corpus-run.ts; electron-vite
 * builds it as its own entry.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { prepareRules, type Found, type RunSetup } from './rules.ts';

export interface SuggestWorkerData {
  path: string;
  setup: RunSetup;
}

export interface SuggestWorkerRequest {
  batch: number;
  ids: number[];
}

export interface DocumentFinds {
  id: number;
  /** The text's length in UTF-16 units, against which the finds are checked. */
  length: number;
  found: Found[];
}

export interface SuggestWorkerMessage {
  batch: number;
  documents: DocumentFinds[];
}

const port = parentPort;
if (!port) throw new Error('suggest-worker.ts runs as a worker thread only');
const data = workerData as SuggestWorkerData;

const db = new Database(data.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const read = db.prepare('SELECT text, published FROM documents WHERE id = ?');
const find = prepareRules(data.setup);

port.on('message', (request: SuggestWorkerRequest) => {
  const documents: DocumentFinds[] = [];
  for (const id of request.ids) {
    const row = read.get(id) as { text: string; published: string | null } | undefined;
    // Deleted since the run listed it: nothing to suggest.
    if (row) documents.push({ id, length: row.text.length, found: find(row.text, row.published) });
  }
  port.postMessage({ batch: request.batch, documents } satisfies SuggestWorkerMessage);
});
