/**
 * A document's layers as stored: its annotations grouped by annotator (NULL
 * is the unattributed layer) and each named layer's own status
 * (`document_layers`, migration 6). The merge compares and writes layers
 * through these; the export reads a layer's status from here.
 */
import type { Db } from './connection.ts';
import { adjustLabelCount } from './counts.ts';
import type { DocumentStatus } from './model.ts';
import { statement } from './statements.ts';
import { ANNOTATION_STATE_SQL } from './migrations/008-sync.ts';

/** A stored annotation as the merge compares it: everything but its ids and bookkeeping. */
export interface LayerSpanRow {
  id: number;
  uid: string;
  annotator: string | null;
  label_id: number;
  start: number;
  end: number;
  fragments: string | null;
  attributes: string;
}

export interface LayerRelationRow {
  head_id: number;
  child_id: number;
  role_id: number;
}

export function layerSpanRows(db: Db, documentId: number): LayerSpanRow[] {
  return statement(
    db,
    `SELECT id, uid, annotator, label_id, start, "end", fragments, attributes
     FROM annotations WHERE document_id = ?`,
  ).all(documentId) as LayerSpanRow[];
}

export function layerRelationRows(db: Db, documentId: number): LayerRelationRow[] {
  return statement(db, 'SELECT head_id, child_id, role_id FROM relations WHERE document_id = ?').all(
    documentId,
  ) as LayerRelationRow[];
}

/** Span ids a document's suggestions hold: an annotation may not take one (span-uid.ts). */
export function suggestionUids(db: Db, documentId: number): string[] {
  return statement(db, 'SELECT uid FROM suggestions WHERE document_id = ?')
    .pluck()
    .all(documentId) as string[];
}

/**
 * Removes one layer's annotations from a document (their relations go with
 * them, by the foreign keys), keeping the counts. Returns how many went.
 */
export function removeLayer(db: Db, documentId: number, layer: string | null): number {
  const perLabel = statement(
    db,
    `SELECT label_id AS labelId, count(*) AS n FROM annotations
     WHERE document_id = ? AND annotator IS ? GROUP BY label_id`,
  ).all(documentId, layer) as { labelId: number; n: number }[];
  // Logged, so that a synced copy of the layer loses these spans too (their relations go with them).
  statement(
    db,
    `INSERT INTO annotation_history (entity, annotation_id, document_id, action, origin, before)
     SELECT 'annotation', a.id, a.document_id, 'delete', 'import', ${ANNOTATION_STATE_SQL}
     FROM annotations a WHERE a.document_id = ? AND a.annotator IS ? ORDER BY a.id`,
  ).run(documentId, layer);
  statement(db, 'DELETE FROM annotations WHERE document_id = ? AND annotator IS ?').run(documentId, layer);
  let removed = 0;
  for (const { labelId, n } of perLabel) {
    adjustLabelCount(db, labelId, -n);
    removed += n;
  }
  if (removed > 0)
    statement(db, 'UPDATE documents SET annotation_count = annotation_count - ? WHERE id = ?').run(
      removed,
      documentId,
    );
  return removed;
}

/** Writes a named layer's status on a document (the row is made when missing); logs nothing. */
export function storeLayerStatus(db: Db, documentId: number, layer: string, status: DocumentStatus): void {
  statement(
    db,
    `INSERT INTO document_layers (document_id, layer, status) VALUES (?, ?, ?)
     ON CONFLICT (document_id, layer) DO UPDATE SET status = excluded.status,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE status <> excluded.status`,
  ).run(documentId, layer, status);
}

/**
 * Writes the status an import or a merge brings for a layer, logged when it
 * changes (no undo step, as the start of work is): the status log is what a
 * team server syncs.
 */
export function importLayerStatus(db: Db, documentId: number, layer: string, status: DocumentStatus): void {
  // Not plucked: layers.ts reads rows through this same cached statement.
  const row = statement(db, 'SELECT status FROM document_layers WHERE document_id = ? AND layer = ?').get(
    documentId,
    layer,
  ) as { status: DocumentStatus } | undefined;
  const before = row?.status ?? 'todo';
  storeLayerStatus(db, documentId, layer, status);
  if (before !== status)
    statement(
      db,
      "INSERT INTO status_history (document_id, origin, before, after, layer) VALUES (?, 'edit', ?, ?, ?)",
    ).run(documentId, before, status, layer);
}

/** Every named layer's status on a document. */
export function layerStatuses(db: Db, documentId: number): Map<string, DocumentStatus> {
  const rows = statement(db, 'SELECT layer, status FROM document_layers WHERE document_id = ?').all(
    documentId,
  ) as { layer: string; status: DocumentStatus }[];
  return new Map(rows.map((r) => [r.layer, r.status]));
}

/** The named layers a corpus holds (annotators' and gold): with spans or with a status of their own, by name. */
export function listCorpusLayers(db: Db): string[] {
  // ifnull(annotator, '') is a column of the annotations_span index: the scan reads the index, not the table.
  // DISTINCT first keeps the handful of names, where a bare UNION sorts one row per span.
  const rows = statement(
    db,
    `SELECT layer FROM document_layers
     UNION SELECT name FROM (SELECT DISTINCT ifnull(annotator, '') AS name FROM annotations)
     ORDER BY 1`,
  )
    .pluck()
    .all() as string[];
  return rows.filter((name) => name !== '');
}
