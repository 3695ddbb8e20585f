/**
 * Worker thread of a corpus `suggest` run: prepares the rules once from the
 * run's setup (the ACTOR names become one matcher), then for each batch of
 * document ids reads their texts from its own read-only connection and
 * answers with what the rules found, in the order and form the writer
 * stores (the scheme's attribute filter applied, the values as stored
 * text). The main thread stores it, and ends the thread when the run is
 * over. Started by corpus-run.ts; electron-vite builds it as its own entry.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { attributeFilter, readyFinds, type ReadyCandidate, type RunLabels } from '../db/suggestion-store.ts';
import { prepareRules, type RunSetup } from './rules.ts';

export interface SuggestWorkerData {
  path: string;
  setup: RunSetup;
  /** The run's labels with their ids, which the finds are made candidates of. */
  labels: RunLabels['labels'];
}

export interface SuggestWorkerRequest {
  batch: number;
  ids: number[];
}

export interface DocumentFinds {
  id: number;
  /** The text's length in UTF-16 units, against which the finds are checked. */
  length: number;
  /** What the rules found, made ready for the writer (readyFinds). */
  ready: ReadyCandidate[];
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
// A batch's texts in one statement: a statement per document cost the thread a fifth of its time.
const read = db.prepare(
  'SELECT id, text, published FROM documents WHERE id IN (SELECT value FROM json_each(?))',
);
const find = prepareRules(data.setup);
const filter = attributeFilter(db);

interface Row {
  id: number;
  text: string;
  published: string | null;
}

port.on('message', (request: SuggestWorkerRequest) => {
  const rows = new Map<number, Row>();
  for (const row of read.all(JSON.stringify(request.ids)) as Row[]) rows.set(row.id, row);
  const documents: DocumentFinds[] = [];
  for (const id of request.ids) {
    const row = rows.get(id);
    // Deleted since the run listed it: nothing to suggest.
    if (!row) continue;
    documents.push({
      id,
      length: row.text.length,
      ready: readyFinds(find(row.text, row.published), data.labels, filter),
    });
  }
  port.postMessage({ batch: request.batch, documents } satisfies SuggestWorkerMessage);
});
