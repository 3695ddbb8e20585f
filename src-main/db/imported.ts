import { attributesJson } from './attributes-json.ts';
import type { Db } from './connection.ts';
import { adjustLabelCount } from './counts.ts';
import { insertDocument, type NewDocument } from './documents.ts';
import type { Attributes, Fragment, Origin } from './model.ts';
import { assignUids } from './span-uid.ts';
import { statement } from './statements.ts';
import { multiRowInsert, ROWS_PER_INSERT } from './multi-row-insert.ts';
import { ANNOTATION_STATE_SQL, RELATION_STATE_SQL, sync } from './migrations/008-sync.ts';

export interface ImportedSpan {
  /** The span's id from the file; spans without one get the next generated id. */
  uid?: string | null | undefined;
  labelId: number;
  start: number;
  end: number;
  annotator: string | null;
  attributes?: Attributes;
  /** `attributes` as stored (attributesJson), when the caller has made it already. */
  attributesText?: string;
  fragments?: Fragment[] | null;
  origin?: Origin | null;
  note?: string | null;
  flag?: string | null;
}

/** A relation between two of the imported spans, by their positions in the list. */
export interface ImportedRelation {
  head: number;
  child: number;
  roleId: number;
}

/**
 * A span the file marks as a suggestion goes into the suggestions table, not
 * among the annotations: it belongs to no annotator until accepted.
 */
const isSuggestion = (s: ImportedSpan): boolean => s.origin?.kind === 'suggestion';

/** Origin as stored: always these two keys in this order, so the export can write the column as it is. */
const originJson = (origin: Origin): string => JSON.stringify({ kind: origin.kind, rule: origin.rule });

/**
 * Stores a freshly imported document with its spans and relations, which the
 * caller has validated against the text and the scheme, inside the caller's
 * transaction. The document row is written once, already carrying its span
 * count.
 *
 * Imported spans and relations are logged as `create` rows of origin
 * `import` (no undo step): the change log is what a team server syncs, so
 * it must hold every layer's state, imported or made here. They are
 * written from the stored rows in one statement per document
 * (logImported), as a history row per span from JavaScript was a third of
 * the time of a corpus import.
 */
export function insertImportedDocument(
  db: Db,
  doc: NewDocument,
  spans: readonly ImportedSpan[],
  relations: readonly ImportedRelation[] = [],
): number {
  const suggested = spans.filter(isSuggestion).length;
  const documentId = insertDocument(db, doc, spans.length - suggested);
  const uids = assignUids(spans.map((s) => s.uid));
  // Prepared only when needed: an older database being migrated on import has no suggestions table yet.
  const suggest =
    suggested === 0
      ? null
      : statement(
          db,
          'INSERT INTO suggestions (document_id, label_id, start, "end", uid, rule, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)',
        );
  const kept: { span: ImportedSpan; uid: string }[] = [];
  const keptAt: number[] = [];
  for (const [i, s] of spans.entries()) {
    const uid = uids[i] ?? '';
    if (suggest && isSuggestion(s)) {
      suggest.run(
        documentId,
        s.labelId,
        s.start,
        s.end,
        uid,
        s.origin?.rule ?? '',
        s.attributesText ?? (s.attributes ? attributesJson(s.attributes) : '{}'),
      );
      continue;
    }
    keptAt.push(i);
    kept.push({ span: s, uid });
  }
  const keptIds = insertSpanRows(db, documentId, kept);
  // Row ids by the record's span index; no relation refers to a suggestion (record-suggestion.ts).
  const rowIds = spans.map(() => 0);
  keptAt.forEach((i, k) => (rowIds[i] = keptIds[k] ?? 0));
  linkImported(
    db,
    documentId,
    relations.map((r) => ({ roleId: r.roleId, headId: rowIds[r.head] ?? 0, childId: rowIds[r.child] ?? 0 })),
  );
  return documentId;
}

/** Stores relations between stored spans of an import or a merge, and logs them (logImported). */
export function linkImported(
  db: Db,
  documentId: number,
  relations: readonly { roleId: number; headId: number; childId: number }[],
): void {
  if (relations.length === 0) return;
  const link = statement(
    db,
    'INSERT INTO relations (document_id, role_id, head_id, child_id, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const now = new Date().toISOString();
  const ids = relations.map((r) =>
    Number(link.run(documentId, r.roleId, r.headId, r.childId, now).lastInsertRowid),
  );
  logImported(db, 'relation', documentId, ids);
}

/**
 * The log's next id, as AUTOINCREMENT would hand it out: the log rows' ids
 * and change ids (migration 008) are given in the insert. Left to the
 * change-id trigger, every row was written twice, the second time to fill
 * its change id in.
 */
const NEXT_ID = `SELECT max(
  coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'annotation_history'), 0),
  coalesce((SELECT max(id) FROM annotation_history), 0)) + 1 AS n`;

/** What a log row of each kind is read from: its table, its first columns and its state. */
const LOGGED = {
  annotation: {
    table: 'annotations a',
    id: 'a.id',
    document: 'a.document_id',
    head: `'annotation' AS entity, a.id AS annotation_id, a.document_id AS document_id`,
    state: ANNOTATION_STATE_SQL,
  },
  relation: {
    table: 'relations r',
    id: 'r.id',
    document: 'r.document_id',
    head: `'relation' AS entity, r.head_id AS annotation_id, r.document_id AS document_id`,
    state: RELATION_STATE_SQL,
  },
} as const;

/**
 * The statements that log a document's rows of each kind, made once: the
 * statement cache is keyed by their text. The document is tested, not
 * searched by (+): its index gives the rows out of id order.
 */
function logSql({ table, id, document, head, state }: (typeof LOGGED)[keyof typeof LOGGED]) {
  return {
    withoutChangeIds: `INSERT INTO annotation_history (entity, annotation_id, document_id, action, origin, after)
       SELECT ${head}, 'create', 'import', ${state}
       FROM ${table} WHERE ${document} = ? AND ${id} BETWEEN ? AND ? ORDER BY ${id}`,
    withChangeIds: `INSERT INTO annotation_history (id, entity, annotation_id, document_id, action, origin, after, change_id)
     SELECT CAST(? AS INTEGER) + ${id}, ${head}, 'create', 'import', ${state},
            (SELECT client_id FROM sync_client) || '-a' || (CAST(? AS INTEGER) + ${id})
     FROM ${table} WHERE ${id} BETWEEN ? AND ? AND +${document} = ? ORDER BY ${id}`,
  };
}

const LOG_SQL = { annotation: logSql(LOGGED.annotation), relation: logSql(LOGGED.relation) };

const schemaVersion = (db: Db): number =>
  (statement(db, 'PRAGMA user_version').get() as { user_version: number }).user_version;

/**
 * Logs the rows of one document an import has just written (ids in
 * ascending order, as SQLite gave them) as created by the import.
 */
function logImported(
  db: Db,
  entity: 'annotation' | 'relation',
  documentId: number,
  ids: readonly number[],
): void {
  const first = ids[0];
  const last = ids[ids.length - 1];
  if (first === undefined || last === undefined) return;
  const sql = LOG_SQL[entity];
  // A database still being brought up to date on import (corpus/import-db.ts) may predate change ids.
  if (schemaVersion(db) < sync.version) {
    statement(db, sql.withoutChangeIds).run(documentId, first, last);
    return;
  }
  // An import writes a document's rows one after another, so their ids follow
  // each other; their log rows get ids the same distance apart, read in id
  // order (no numbering window, no sort).
  if (last - first + 1 !== ids.length) throw new Error(`imported ${entity} ids are not consecutive`);
  const next = (statement(db, NEXT_ID).get() as { n: number }).n;
  statement(db, sql.withChangeIds).run(next - first, next - first, first, last, documentId);
}

/** The values of one span row after the document and the time, which all of a document's rows share. */
const SPAN_VALUES = '(@document, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, @now, @now)';

const insertSpansSql = multiRowInsert(
  'INSERT INTO annotations (document_id, label_id, start, "end", uid, annotator, attributes, fragments, origin, note, flag, created_at, updated_at)',
  SPAN_VALUES,
);

/**
 * Writes spans with their final ids and keeps the label counts; returns their
 * row ids in order. A document's spans go in a few multi-row INSERTs
 * (multi-row-insert.ts), not one per span.
 */
function insertSpanRows(
  db: Db,
  documentId: number,
  items: readonly { span: ImportedSpan; uid: string }[],
): number[] {
  const shared = { document: documentId, now: new Date().toISOString() };
  const perLabel = new Map<number, number>();
  const rowIds: number[] = [];
  for (let from = 0; from < items.length; from += ROWS_PER_INSERT) {
    const chunk = items.slice(from, from + ROWS_PER_INSERT);
    const values: unknown[] = [];
    for (const { span: s, uid } of chunk) {
      values.push(
        s.labelId,
        s.start,
        s.end,
        uid,
        s.annotator,
        s.attributesText ?? (s.attributes ? attributesJson(s.attributes) : '{}'),
        s.fragments ? JSON.stringify(s.fragments) : null,
        s.origin ? originJson(s.origin) : null,
        s.note ?? null,
        s.flag ?? null,
      );
      perLabel.set(s.labelId, (perLabel.get(s.labelId) ?? 0) + 1);
    }
    const last = Number(statement(db, insertSpansSql(chunk.length)).run(shared, ...values).lastInsertRowid);
    for (let k = chunk.length - 1; k >= 0; k--) rowIds.push(last - k);
  }
  for (const [labelId, n] of perLabel) adjustLabelCount(db, labelId, n);
  logImported(db, 'annotation', documentId, rowIds);
  return rowIds;
}

/**
 * Adds spans (a merged layer, db/layers.ts) to a document that exists, with
 * the ids the merge gave them, keeping its counts. Like an imported
 * document's spans, they are logged as created by an import.
 */
export function insertLayerSpans(
  db: Db,
  documentId: number,
  items: readonly { span: ImportedSpan; uid: string }[],
): number[] {
  const rowIds = insertSpanRows(db, documentId, items);
  if (items.length > 0)
    statement(db, 'UPDATE documents SET annotation_count = annotation_count + ? WHERE id = ?').run(
      items.length,
      documentId,
    );
  return rowIds;
}
