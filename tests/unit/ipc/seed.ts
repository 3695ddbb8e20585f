/** The corpus both IPC property tests start from: imported through the handlers, as a user would. */
import { join } from 'node:path';
import { closeDatabase, type Db } from '../../../src-main/db/connection.ts';
import type { Annotation, DocumentStatus, Relation } from '../../../src-main/db/model.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { createTestBackend } from '../../helpers/backend.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import {
  annotationRows,
  type Change,
  consistencyProblems,
  readHistory,
  relationProblems,
  relationRows,
} from '../../crash/fixture.ts';

interface SeedDocument {
  id: string;
  text: string;
  status: DocumentStatus;
  /** Substrings to annotate with a label; the first occurrence is taken. */
  spans: [string, 'EVENT' | 'NUMBER' | 'ACTOR'][];
}

/** Short texts with astral characters (flags, math letters) so offsets meet surrogate pairs. */
export const SEED_DOCUMENTS: readonly SeedDocument[] = [
  {
    id: 'emoji',
    text: 'Het 🇺🇸-leger: 2.500 man in 𝔘trecht, zei Biden 👩‍👩‍👧.',
    status: 'todo',
    spans: [
      ['🇺🇸-leger', 'ACTOR'],
      ['2.500', 'NUMBER'],
      ['𝔘trecht', 'ACTOR'],
    ],
  },
  {
    id: 'plain',
    text: 'De VS hebben momenteel 2.500 militairen in Irak. Premier al-Kazimi sprak met Biden.',
    status: 'in_progress',
    spans: [
      ['De VS', 'ACTOR'],
      ['2.500', 'NUMBER'],
      ['sprak met Biden', 'EVENT'],
      ['Biden', 'ACTOR'],
    ],
  },
  {
    id: 'done',
    text: 'Austin kwam dinsdag aan in Bagdad.',
    status: 'done',
    spans: [
      ['Austin', 'ACTOR'],
      ['kwam dinsdag aan', 'EVENT'],
    ],
  },
  { id: 'empty', text: 'Ja.', status: 'todo', spans: [] },
];

const codePoints = (s: string): number => [...s].length;

function seedLine(doc: SeedDocument): unknown {
  return {
    id: doc.id,
    text: doc.text,
    meta: { status: doc.status },
    spans: doc.spans
      .map(([part, label]) => {
        const at = doc.text.indexOf(part);
        if (at < 0) throw new Error(`"${part}" is not in ${doc.id}`);
        const start = codePoints(doc.text.slice(0, at));
        return { start, end: start + codePoints(part), label, text: part };
      })
      .sort((a, b) => a.start - b.start || a.end - b.end),
  };
}

/** Writes the seed corpus as JSONL into `dir`; returns its path. */
export function writeSeedCorpus(dir: string): string {
  return writeJsonl(dir, 'seed.jsonl', SEED_DOCUMENTS.map(seedLine));
}

/**
 * A checkpointed database file at `dir/seed.db` holding the seed corpus,
 * imported through `corpus.import` from a scripted file dialog. Copy it per run.
 */
export async function createSeedDatabase(dir: string): Promise<string> {
  const path = join(dir, 'seed.db');
  const backend = createTestBackend(path);
  backend.dialogAnswers.files = [writeSeedCorpus(dir)];
  const reply = await dispatch(backend.handlers, 'corpus.import', { from: 'files' });
  if (!reply.ok) throw new Error(reply.error.message);
  closeDatabase(backend.db);
  return path;
}

/** The state a test starts from: imported spans, relations and statuses have no history rows. */
export interface ImportState {
  annotations: Annotation[];
  relations: Relation[];
  statuses: Map<number, DocumentStatus>;
}

export function readImportState(db: Db): ImportState {
  const rows = db.prepare('SELECT id, status FROM documents ORDER BY id').all() as {
    id: number;
    status: DocumentStatus;
  }[];
  return {
    annotations: annotationRows(db),
    relations: relationRows(db),
    statuses: new Map(rows.map((r) => [r.id, r.status])),
  };
}

/** Takes in the documents an import added since `state` was read: their spans and status are where their history starts. */
export function addImported(db: Db, state: ImportState): void {
  const now = readImportState(db);
  for (const [id, status] of now.statuses) {
    if (state.statuses.has(id)) continue;
    state.statuses.set(id, status);
    state.annotations.push(...now.annotations.filter((a) => a.documentId === id));
    state.relations.push(...now.relations.filter((r) => r.documentId === id));
  }
  state.annotations.sort((a, b) => a.id - b.id);
  state.relations.sort((a, b) => a.id - b.id);
}

/**
 * What the status log gets wrong: a logged change that does not start from
 * the status the log led to, or a document whose status is not where its log ends.
 * Only the database's own status (`layer` NULL): a layer's status is not `documents.status`.
 */
function statusLogProblems(db: Db, imported: ReadonlyMap<number, DocumentStatus>): string[] {
  const problems: string[] = [];
  const replayed = new Map(imported);
  const log = db
    .prepare(
      "SELECT id, document_id, before, after FROM status_history WHERE layer IS NOT 'gold' ORDER BY id",
    )
    .all() as {
    id: number;
    document_id: number;
    before: DocumentStatus;
    after: DocumentStatus;
  }[];
  for (const row of log) {
    const was = replayed.get(row.document_id);
    if (row.before !== was)
      problems.push(
        `status log row ${row.id} starts from ${row.before}, but document ${row.document_id} was ${String(was)}`,
      );
    replayed.set(row.document_id, row.after);
  }
  const actual = db.prepare('SELECT id, status FROM documents').all() as {
    id: number;
    status: DocumentStatus;
  }[];
  for (const { id, status } of actual) {
    if (replayed.get(id) !== status)
      problems.push(`document ${id} is ${status}, but its status log ends at ${String(replayed.get(id))}`);
  }
  return problems;
}

/**
 * What is wrong with the database given the state it was imported with: the
 * crash checks (annotations equal their history replayed, counters equal the
 * rows), run on the history that starts from that state, and the same for the
 * relations and the status log.
 */
export function problemsSince(db: Db, imported: ImportState): string[] {
  const start: Change[] = imported.annotations.map((a) => ({ annotationId: a.id, after: a }));
  return [
    ...consistencyProblems(db, [...start, ...readHistory(db)]),
    ...relationProblems(db, imported.relations),
    ...statusLogProblems(db, imported.statuses),
  ];
}
