import type { Db } from './connection.ts';
import { notFound } from './errors.ts';
import type { DocumentMark, DocumentRecord, DocumentStatus, DocumentSummary } from './model.ts';
import { deriveTitle } from '../text/title.ts';
import { statement } from './statements.ts';
import { searchDocumentIds } from './document-search.ts';
import { documentIdsWithText, idsUpTo, isIndexable, unionOfIds } from './text-search.ts';
import { warningCounts } from './guidelines.ts';

/** A documents row as SQLite returns it; the export reads these columns directly. */
export interface DocumentRow {
  id: number;
  external_id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  text: string;
  text_sha256: string;
  meta: string;
  status: DocumentStatus;
  note: string | null;
  flag: string | null;
  created_at: string;
  updated_at: string;
}

function toRecord(row: DocumentRow & { list_title: string }): DocumentRecord {
  return {
    id: row.id,
    externalId: row.external_id,
    title: row.title,
    published: row.published,
    source: row.source,
    text: row.text,
    textSha256: row.text_sha256,
    meta: JSON.parse(row.meta) as Record<string, unknown>,
    status: row.status,
    headline: row.list_title,
    note: row.note,
    flag: row.flag,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getDocument(db: Db, id: number): DocumentRecord {
  const row = statement(db, 'SELECT * FROM documents WHERE id = ?').get(id) as
    (DocumentRow & { list_title: string }) | undefined;
  if (!row) throw notFound('document', id);
  return toRecord(row);
}

export interface NewDocument {
  externalId: string;
  title: string | null;
  published: string | null;
  source: string | null;
  text: string;
  textSha256: string;
  meta: Record<string, unknown>;
  status: DocumentStatus;
  note?: string | null;
  flag?: string | null;
  /** The list title (`title`, or one derived from the text), when the caller has derived it already. */
  listTitle?: string;
}

/**
 * `annotationCount` is for a writer that adds that many annotations in the
 * same transaction (the importer, db/imported.ts): counts are kept by the
 * writers, and setting it here spares a second write of the whole row.
 */
export function insertDocument(db: Db, doc: NewDocument, annotationCount = 0): number {
  const info = statement(
    db,
    `INSERT INTO documents (external_id, title, list_title, published, source, text, text_length, text_sha256, meta, status, annotation_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    doc.externalId,
    doc.title,
    doc.listTitle ?? doc.title ?? deriveTitle(doc.text),
    doc.published,
    doc.source,
    doc.text,
    doc.text.length,
    doc.textSha256,
    JSON.stringify(doc.meta),
    doc.status,
    annotationCount,
  );
  const id = Number(info.lastInsertRowid);
  // A second statement only when there is a note or flag: the insert itself also serves older schemas being migrated on import.
  if (doc.note || doc.flag)
    statement(db, 'UPDATE documents SET note = ?, flag = ? WHERE id = ?').run(
      doc.note || null,
      doc.flag || null,
      id,
    );
  return id;
}

export function findDocumentIdBySha(db: Db, sha256: string): { id: number; externalId: string } | undefined {
  return statement(db, 'SELECT id, external_id AS externalId FROM documents WHERE text_sha256 = ?').get(
    sha256,
  ) as { id: number; externalId: string } | undefined;
}

export function findDocumentIdByExternalId(db: Db, externalId: string): number | undefined {
  const row = statement(db, 'SELECT id FROM documents WHERE external_id = ?').get(externalId) as
    { id: number } | undefined;
  return row?.id;
}

export interface DocumentQuery {
  /**
   * Matches external id or list title (db/document-search.ts) and, from
   * three characters on, the text (db/text-search.ts); ignoring case and accents.
   */
  search?: string | undefined;
  status?: DocumentStatus | undefined;
  /** Only documents with a flag (or a note) of their own or on one of their annotations. */
  mark?: DocumentMark | undefined;
  offset: number;
  limit: number;
}

interface SummaryRow {
  id: number;
  external_id: string;
  list_title: string;
  published: string | null;
  status: DocumentStatus;
  annotation_count: number;
  note: string | null;
  flag: string | null;
}

const SUMMARY_SELECT =
  'SELECT d.id, d.external_id, d.list_title, d.published, d.status, d.annotation_count, d.note, d.flag';

type LabelCounts = DocumentSummary['labelCounts'];

const toSummary = (r: SummaryRow, warnings: number, labelCounts: LabelCounts): DocumentSummary => ({
  id: r.id,
  externalId: r.external_id,
  title: r.list_title,
  published: r.published,
  status: r.status,
  annotationCount: r.annotation_count,
  labelCounts,
  note: r.note,
  flag: r.flag,
  warnings,
});

/**
 * The annotations per label of just these documents: a grouped read of the
 * span index for the rows in view, so the list never keeps or scans counts
 * for the whole corpus.
 */
function labelCountsOf(db: Db, ids: readonly number[]): Map<number, LabelCounts> {
  const byDocument = new Map<number, LabelCounts>();
  if (ids.length === 0) return byDocument;
  const rows = statement(
    db,
    `SELECT document_id AS documentId, label_id AS labelId, count(*) AS count FROM annotations
     WHERE document_id IN (SELECT value FROM json_each(?)) GROUP BY document_id, label_id`,
  ).all(JSON.stringify(ids)) as { documentId: number; labelId: number; count: number }[];
  for (const { documentId, labelId, count } of rows) {
    const list = byDocument.get(documentId);
    if (list) list.push({ labelId, count });
    else byDocument.set(documentId, [{ labelId, count }]);
  }
  return byDocument;
}

/** The rows as the list shows them, with the guideline warnings and label counts of just these documents. */
function summaries(db: Db, rows: SummaryRow[]): DocumentSummary[] {
  const ids = rows.map((r) => r.id);
  const warnings = warningCounts(db, ids);
  const labels = labelCountsOf(db, ids);
  return rows.map((r) => toSummary(r, warnings.get(r.id) ?? 0, labels.get(r.id) ?? []));
}

/**
 * The documents a mark filter keeps: their own flag or note, or one on a
 * span. Each side reads a partial index of only the marked rows (schema 10).
 */
const MARKED: Record<DocumentMark, string> = {
  flagged: `d.id IN (SELECT id FROM documents WHERE flag IS NOT NULL
    UNION SELECT document_id FROM annotations WHERE flag IS NOT NULL)`,
  noted: `d.id IN (SELECT id FROM documents WHERE note IS NOT NULL
    UNION SELECT document_id FROM annotations WHERE note IS NOT NULL)`,
};

export interface DocumentPage {
  total: number;
  items: DocumentSummary[];
  /**
   * The matches stopped at their cap (document-search.ts NAME_MATCH_CAP,
   * text-search.ts TEXT_MATCH_CAP): the list holds the matches up to the
   * last one read, and more documents further on match too.
   */
  more: boolean;
}

/** Ids, ascending, of the documents the filter `search` matches, up to where its matches were capped. */
function matchingIds(db: Db, search: string): { ids: Int32Array; more: boolean } {
  const named = searchDocumentIds(db, search);
  if (!isIndexable(search)) return named;
  const text = documentIdsWithText(db, search);
  if (!named.more && !text.more) return { ids: unionOfIds(named.ids, text.ids), more: false };
  // Past where either side stopped, the answer is not known: both stop there, so the list keeps id order.
  const known = Math.min(named.more ? named.known : Infinity, text.more ? text.known : Infinity);
  return { ids: unionOfIds(idsUpTo(named.ids, known), idsUpTo(text.ids, known)), more: true };
}

export function listDocuments(db: Db, query: DocumentQuery): DocumentPage {
  const search = query.search?.trim();
  if (search) {
    const matched = matchingIds(db, search);
    let ids = matched.ids;
    if (query.status || query.mark) {
      // Only the matches are looked at (a few thousand at most, capped), not every document of the status.
      const { whereSql, params } = listFilter(query);
      ids = Int32Array.from(
        statement(
          db,
          `SELECT d.id FROM documents d ${whereSql} AND d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id`,
        )
          .pluck()
          .all(...params, JSON.stringify(Array.from(ids))) as number[],
      );
    }
    const page = ids.subarray(query.offset, query.offset + query.limit);
    // One statement for any page: the ids go in as one JSON array.
    const rows = page.length
      ? (statement(
          db,
          `${SUMMARY_SELECT} FROM documents d WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id`,
        ).all(JSON.stringify(Array.from(page))) as SummaryRow[])
      : [];
    return { total: ids.length, items: summaries(db, rows), more: matched.more };
  }
  const { whereSql, params } = listFilter(query);
  // Without a mark filter the count is kept (migration 012): counting a million rows took ~45 ms.
  const total = query.mark
    ? (statement(db, `SELECT count(*) FROM documents d ${whereSql}`)
        .pluck()
        .get(...params) as number)
    : (statement(
        db,
        'SELECT coalesce(sum(n), 0) FROM document_status_counts WHERE status = coalesce(?, status)',
      )
        .pluck()
        .get(query.status ?? null) as number);
  const rows = statement(
    db,
    `${SUMMARY_SELECT} FROM documents d ${whereSql} ORDER BY d.id LIMIT ? OFFSET ?`,
  ).all(...params, query.limit, query.offset) as SummaryRow[];
  return { total, items: summaries(db, rows), more: false };
}

function listFilter(query: DocumentQuery): { whereSql: string; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  if (query.status) {
    conditions.push('d.status = ?');
    params.push(query.status);
  }
  if (query.mark) conditions.push(MARKED[query.mark]);
  return { whereSql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export function getDocumentSummary(db: Db, id: number): DocumentSummary {
  const row = statement(db, `${SUMMARY_SELECT} FROM documents d WHERE d.id = ?`).get(id) as
    SummaryRow | undefined;
  if (!row) throw notFound('document', id);
  const [summary] = summaries(db, [row]);
  if (!summary) throw notFound('document', id);
  return summary;
}

export function setDocumentStatus(db: Db, id: number, status: DocumentStatus): DocumentSummary {
  const info = statement(
    db,
    "UPDATE documents SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
  ).run(status, id);
  if (info.changes === 0) throw notFound('document', id);
  return getDocumentSummary(db, id);
}
