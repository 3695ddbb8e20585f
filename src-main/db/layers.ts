/**
 * A document's layers (an annotator's spans, `gold`, the unattributed ones)
 * read one at a time, and the per-layer status (migration 6). The editor
 * edits the user's own layer: their name and the unattributed spans.
 */
import type { Db } from './connection.ts';
import { AppError } from './errors.ts';
import { GOLD_LAYER } from './annotator-name.ts';
import { listAnnotationViews } from './annotation-rows.ts';
import { listRelations } from './relation-rows.ts';
import { documentText } from './document-text.ts';
import type { AnnotationView, DocumentStatus, RelationView } from './model.ts';
import { storeLayerStatus } from './layer-rows.ts';
import { statement } from './statements.ts';
import { say } from '../text/messages/say.ts';

/** What `layer` means in a request: an annotator's name, `gold`, or null for the unattributed spans. */
export type LayerName = string | null;

export interface LayerSummary {
  /** The annotator, `gold`, or null: the spans no annotator is named on. */
  name: LayerName;
  spans: number;
  relations: number;
  /** The layer's own progress on the document; null when none is kept (unattributed spans). */
  status: DocumentStatus | null;
}

export interface LayerContent {
  annotations: AnnotationView[];
  relations: RelationView[];
}

/** Whether an annotation of `annotator` is in the layer the user edits as `me`. */
export const inOwnLayer = (annotator: string | null, me: string | null): boolean =>
  annotator === null || annotator === me;

/** A document's layers: names in order, the unattributed first, gold last. */
export function listLayers(db: Db, documentId: number): LayerSummary[] {
  documentText(db, documentId);
  const spans = statement(
    db,
    'SELECT annotator AS name, count(*) AS n FROM annotations WHERE document_id = ? GROUP BY annotator',
  ).all(documentId) as { name: string | null; n: number }[];
  const relations = statement(
    db,
    `SELECT a.annotator AS name, count(*) AS n FROM relations r JOIN annotations a ON a.id = r.head_id
     WHERE r.document_id = ? GROUP BY a.annotator`,
  ).all(documentId) as { name: string | null; n: number }[];
  const statuses = statement(
    db,
    'SELECT layer AS name, status FROM document_layers WHERE document_id = ?',
  ).all(documentId) as { name: string; status: DocumentStatus }[];
  const names = new Set<LayerName>([...spans.map((s) => s.name), ...statuses.map((s) => s.name)]);
  const order = (n: LayerName) => (n === null ? 0 : n === GOLD_LAYER ? 2 : 1);
  return [...names]
    .sort((a, b) => order(a) - order(b) || (a ?? '').localeCompare(b ?? ''))
    .map((name) => ({
      name,
      spans: spans.find((s) => s.name === name)?.n ?? 0,
      relations: relations.find((r) => r.name === name)?.n ?? 0,
      status: statuses.find((s) => s.name === name)?.status ?? null,
    }));
}

/** The annotations and relations of a document for which `keep` holds of the annotator (a relation: of its head). */
export function layerContent(
  db: Db,
  documentId: number,
  keep: (annotator: string | null) => boolean,
): LayerContent {
  const annotations = listAnnotationViews(db, documentId).filter((a) => keep(a.annotator));
  const ids = new Set(annotations.map((a) => a.id));
  const relations = listRelations(db, documentId).filter((r) => ids.has(r.headId));
  return { annotations, relations };
}

/** One layer of a document. */
export const readLayer = (db: Db, documentId: number, layer: LayerName): LayerContent =>
  layerContent(db, documentId, (annotator) => annotator === layer);

/**
 * Refuses a change to an annotation outside the layers this user may
 * edit: their own (with the unattributed spans) and gold while curating.
 * Another annotator's layer is shown, never changed.
 */
export function assertEditable(db: Db, annotationId: number, me: string | null): void {
  const row = statement(db, 'SELECT annotator FROM annotations WHERE id = ?').get(annotationId) as
    { annotator: string | null } | undefined;
  if (!row || row.annotator === GOLD_LAYER || inOwnLayer(row.annotator, me)) return;
  const annotator = row.annotator ?? '';
  throw new AppError(
    'VALIDATION',
    me
      ? say('refusals.annotation.readOnlyLayerMine', { annotator, me })
      : say('refusals.annotation.readOnlyLayer', { annotator }),
  );
}

/** A layer's status on a document; todo when none is kept yet. */
export function layerStatus(db: Db, documentId: number, layer: string): DocumentStatus {
  const row = statement(db, 'SELECT status FROM document_layers WHERE document_id = ? AND layer = ?').get(
    documentId,
    layer,
  ) as { status: DocumentStatus } | undefined;
  return row?.status ?? 'todo';
}

/** Sets a layer's status on a document, logged in the status history under that layer. */
export function setLayerStatus(
  db: Db,
  documentId: number,
  layer: string,
  status: DocumentStatus,
): DocumentStatus {
  return db.transaction(() => {
    documentText(db, documentId);
    const before = layerStatus(db, documentId, layer);
    if (before === status) return status;
    storeLayerStatus(db, documentId, layer, status);
    statement(
      db,
      "INSERT INTO status_history (document_id, origin, before, after, layer) VALUES (?, 'edit', ?, ?, ?)",
    ).run(documentId, before, status, layer);
    return status;
  })();
}
