/**
 * Work packages: a small database holding some documents for one annotator,
 * which the app opens as it opens any corpus, and which merges back with
 * `import pkg.db` (import-db.ts).
 *
 * A package has the corpus's scheme (same labels, attributes, roles, ids),
 * the chosen documents with their ids, the annotator's own spans and the
 * unattributed ones (pre-annotations, given to the annotator's layer so that
 * their corrections stay theirs; one the annotator already has is not
 * copied twice), the relations among those, and as each document's status
 * the annotator's own (todo where they have none). It carries no history.
 * `PRAGMA application_id` marks it as a package: on its return the
 * annotator's layers replace the corpus's copies of them.
 */
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { closeDatabase, openDatabase, type Db } from '../db/connection.ts';
import { AppError } from '../db/errors.ts';
import type { DocumentStatus } from '../db/model.ts';
import { counted } from '../text/plural.ts';
import { PACKAGE_APPLICATION_ID } from './import-db.ts';

export type PackageSelection =
  { kind: 'all' } | { kind: 'ids'; ids: readonly string[] } | { kind: 'sample'; size: number; seed: string };

export interface PackageRequest {
  annotator: string;
  status?: DocumentStatus | undefined;
  selection: PackageSelection;
  out: string;
}

export interface PackageSummary {
  documents: number;
  spans: number;
}

/** Ids shown in a refusal before the rest are counted. */
const LISTED = 20;

/** A seeded generator (mulberry32): the same seed gives the same sample on every machine. */
function random(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32BE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` of `ids` (in id order), the same for the same seed. */
function sample(ids: readonly number[], size: number, seed: string): number[] {
  const pool = [...ids];
  const next = random(seed);
  const take = Math.min(size, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    const a = pool[i] ?? 0;
    pool[i] = pool[j] ?? 0;
    pool[j] = a;
  }
  return pool.slice(0, take).sort((a, b) => a - b);
}

interface Candidate {
  id: number;
  externalId: string;
  status: DocumentStatus;
}

/** The annotator's status on each document: their layer's, todo where they have none. */
function candidates(db: Db, annotator: string): Candidate[] {
  return db
    .prepare(
      `SELECT d.id, d.external_id AS externalId, coalesce(l.status, 'todo') AS status
       FROM documents d LEFT JOIN document_layers l ON l.document_id = d.id AND l.layer = ?
       ORDER BY d.id`,
    )
    .all(annotator) as Candidate[];
}

function chosenIds(db: Db, request: PackageRequest): number[] {
  const all = candidates(db, request.annotator);
  const { selection, status } = request;
  const fitting = (c: Candidate) => status === undefined || c.status === status;
  if (selection.kind === 'ids') {
    const byExternal = new Map(all.map((c) => [c.externalId, c]));
    const unknown = [...new Set(selection.ids)].filter((id) => !byExternal.has(id));
    if (unknown.length > 0) {
      const shown = unknown.slice(0, LISTED).map((id) => JSON.stringify(id));
      const more = unknown.length > LISTED ? `, and ${unknown.length - LISTED} more` : '';
      throw new AppError(
        'VALIDATION',
        `${counted(unknown.length, 'id')} not in the corpus: ${shown.join(', ')}${more}; nothing was written`,
      );
    }
    const wanted = new Set(selection.ids);
    return all.filter((c) => wanted.has(c.externalId) && fitting(c)).map((c) => c.id);
  }
  const ids = all.filter(fitting).map((c) => c.id);
  return selection.kind === 'sample' ? sample(ids, selection.size, selection.seed) : ids;
}

/** Copies the scheme, the documents and the annotator's work into the attached package `pkg`. */
function fill(db: Db, annotator: string, ids: readonly number[]): PackageSummary {
  const chosen = JSON.stringify(ids);
  const inChosen = 'document_id IN (SELECT value FROM json_each(@chosen))';
  const run = (sql: string) => db.prepare(sql).run({ chosen, annotator });
  db.transaction(() => {
    // The new database's default scheme gives way to the corpus's, ids and all.
    for (const table of ['role_labels', 'roles', 'attribute_defs', 'labels'])
      db.exec(`DELETE FROM pkg.${table}`);
    for (const table of ['labels', 'attribute_defs', 'roles', 'role_labels'])
      db.exec(`INSERT INTO pkg.${table} SELECT * FROM main.${table}`);
    run(
      'INSERT INTO pkg.documents SELECT * FROM main.documents WHERE id IN (SELECT value FROM json_each(@chosen))',
    );
    run(
      `INSERT INTO pkg.annotations SELECT * FROM main.annotations WHERE ${inChosen} AND annotator = @annotator`,
    );
    run(
      `INSERT INTO pkg.annotations (id, document_id, label_id, start, "end", uid, annotator, attributes, fragments, origin, note, flag, created_at, updated_at)
       SELECT u.id, u.document_id, u.label_id, u.start, u."end", u.uid, @annotator, u.attributes, u.fragments, u.origin, u.note, u.flag, u.created_at, u.updated_at
       FROM main.annotations u WHERE u.${inChosen} AND u.annotator IS NULL
       AND NOT EXISTS (SELECT 1 FROM main.annotations o WHERE o.document_id = u.document_id AND o.annotator = @annotator
         AND o.label_id = u.label_id AND o.start = u.start AND o."end" = u."end" AND o.fragments IS u.fragments)`,
    );
    run(
      `INSERT INTO pkg.relations SELECT r.* FROM main.relations r WHERE r.${inChosen}
       AND r.head_id IN (SELECT id FROM pkg.annotations) AND r.child_id IN (SELECT id FROM pkg.annotations)`,
    );
    run(
      `UPDATE pkg.documents SET
         status = coalesce((SELECT l.status FROM main.document_layers l WHERE l.document_id = documents.id AND l.layer = @annotator), 'todo'),
         annotation_count = (SELECT count(*) FROM pkg.annotations a WHERE a.document_id = documents.id)`,
    );
    run(
      'INSERT INTO pkg.document_layers (document_id, layer, status) SELECT id, @annotator, status FROM pkg.documents',
    );
    db.exec(
      'UPDATE pkg.labels SET annotation_count = (SELECT count(*) FROM pkg.annotations a WHERE a.label_id = labels.id)',
    );
  })();
  db.pragma(`pkg.application_id = ${PACKAGE_APPLICATION_ID}`);
  const spans = Number(db.prepare('SELECT count(*) FROM pkg.annotations').pluck().get());
  return { documents: ids.length, spans };
}

function removeFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/** Writes the package `request.out` from the corpus `db`. Refuses an existing file. */
export function writePackage(db: Db, request: PackageRequest): PackageSummary {
  const { out } = request;
  if (existsSync(out))
    throw new AppError('VALIDATION', `${out} already exists; a package is written to a new file`);
  const ids = chosenIds(db, request);
  if (ids.length === 0) throw new AppError('VALIDATION', 'no document fits; nothing was written');
  closeDatabase(openDatabase(out));
  try {
    db.prepare('ATTACH DATABASE ? AS pkg').run(out);
    let summary: PackageSummary;
    try {
      summary = fill(db, request.annotator, ids);
    } finally {
      db.exec('DETACH DATABASE pkg');
    }
    // Folds the package's WAL into the file: one self-contained file to hand over.
    closeDatabase(openDatabase(out));
    return summary;
  } catch (e) {
    removeFiles(out);
    throw e;
  }
}
