import { attributesJson } from './attributes-json.ts';
import type { Db } from './connection.ts';
import { adjustLabelCount } from './counts.ts';
import { insertDocument, type NewDocument } from './documents.ts';
import type { Attributes, Fragment, Origin } from './model.ts';
import { assignUids } from './span-uid.ts';
import { statement } from './statements.ts';

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
 * Imported spans get no history rows. The history records changes made in
 * the app (that is what undo walks); an imported span is the starting state,
 * kept in its own row (annotator, created_at), and the first change to it
 * records that state as its `before`, so nothing about it is ever lost. A
 * history row per span was also a third of the time of a corpus import.
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
  if (relations.length > 0) {
    const link = statement(
      db,
      'INSERT INTO relations (document_id, role_id, head_id, child_id, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    const now = new Date().toISOString();
    for (const r of relations) link.run(documentId, r.roleId, rowIds[r.head], rowIds[r.child], now);
  }
  return documentId;
}

/** Writes spans with their final ids and keeps the label counts; returns their row ids in order. */
function insertSpanRows(
  db: Db,
  documentId: number,
  items: readonly { span: ImportedSpan; uid: string }[],
): number[] {
  const insert = statement(
    db,
    `INSERT INTO annotations (document_id, label_id, start, "end", uid, annotator, attributes, fragments, origin, note, flag, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = new Date().toISOString();
  const perLabel = new Map<number, number>();
  const rowIds: number[] = [];
  for (const { span: s, uid } of items) {
    const info = insert.run(
      documentId,
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
      now,
      now,
    );
    rowIds.push(Number(info.lastInsertRowid));
    perLabel.set(s.labelId, (perLabel.get(s.labelId) ?? 0) + 1);
  }
  for (const [labelId, n] of perLabel) adjustLabelCount(db, labelId, n);
  return rowIds;
}

/**
 * Adds spans (a merged layer, db/layers.ts) to a document that exists, with
 * the ids the merge gave them, keeping its counts. Like an imported
 * document's spans, they get no history rows.
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
