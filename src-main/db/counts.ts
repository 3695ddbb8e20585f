import type { Db } from './connection.ts';
import { statement } from './statements.ts';

/**
 * The per-document and per-label annotation counts that the document list and
 * the progress figures read instead of counting rows. Every write of the
 * annotations table goes through db/annotations.ts, which calls these inside
 * the same transaction as the write, so a count can never drift from the rows
 * (the crash harness checks exactly that after every kill). Triggers did this
 * before schema 2, at the price of rewriting a document row per imported span.
 */
export function adjustDocumentCount(db: Db, documentId: number, delta: number): void {
  statement(db, 'UPDATE documents SET annotation_count = annotation_count + ? WHERE id = ?').run(
    delta,
    documentId,
  );
}

export function adjustLabelCount(db: Db, labelId: number, delta: number): void {
  statement(db, 'UPDATE labels SET annotation_count = annotation_count + ? WHERE id = ?').run(delta, labelId);
}

/** One annotation appeared (+1) or went (-1). */
export function countAnnotation(db: Db, a: { documentId: number; labelId: number }, delta: 1 | -1): void {
  adjustDocumentCount(db, a.documentId, delta);
  adjustLabelCount(db, a.labelId, delta);
}
