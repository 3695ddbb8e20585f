import type { Db } from './connection.ts';
import { adjustLabelCount } from './counts.ts';
import { insertDocument, type NewDocument } from './documents.ts';
import { assignUids } from './span-uid.ts';
import { statement } from './statements.ts';

export interface ImportedSpan {
  /** The span's id from the file; spans without one get the next generated id. */
  uid?: string | null | undefined;
  labelId: number;
  start: number;
  end: number;
  annotator: string | null;
}

/**
 * Stores a freshly imported document with its spans, which the caller has
 * validated against the text, inside the caller's transaction. The document
 * row is written once, already carrying its span count.
 *
 * Imported spans get no history rows. The history records changes made in
 * the app (that is what undo walks); an imported span is the starting state,
 * kept in its own row (annotator, created_at), and the first change to it
 * records that state as its `before`, so nothing about it is ever lost. A
 * history row per span was also a third of the time of a corpus import.
 */
export function insertImportedDocument(db: Db, doc: NewDocument, spans: readonly ImportedSpan[]): number {
  const documentId = insertDocument(db, doc, spans.length);
  const insert = statement(
    db,
    'INSERT INTO annotations (document_id, label_id, start, "end", uid, annotator, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const now = new Date().toISOString();
  const perLabel = new Map<number, number>();
  const uids = assignUids(spans.map((s) => s.uid));
  for (const [i, s] of spans.entries()) {
    insert.run(documentId, s.labelId, s.start, s.end, uids[i], s.annotator, now, now);
    perLabel.set(s.labelId, (perLabel.get(s.labelId) ?? 0) + 1);
  }
  for (const [labelId, n] of perLabel) adjustLabelCount(db, labelId, n);
  return documentId;
}
