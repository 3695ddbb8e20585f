import type { Db } from './connection.ts';
import { getDocument } from './documents.ts';
import { notFound } from './errors.ts';
import type { DocumentRecord } from './model.ts';
import { statement } from './statements.ts';

/** A change of a document's note or flag: a value sets it, null clears it, undefined leaves it. */
export interface DocumentMarkChange {
  note?: string | null | undefined;
  flag?: string | null | undefined;
}

/** An empty or blank note is no note. */
const noteValue = (note: string | null): string | null =>
  note === null || note.trim() === '' ? null : note.trim();

/**
 * Sets the database's own note and flag on a document and logs the change
 * (document_note_history, with `layer`: whose change it was). Setting what
 * is there already is no change and logs nothing.
 */
export function markDocument(
  db: Db,
  id: number,
  change: DocumentMarkChange,
  layer: string | null = null,
  origin: 'edit' | 'import' = 'edit',
): DocumentRecord {
  return db.transaction(() => {
    const before = statement(db, 'SELECT note, flag FROM documents WHERE id = ?').get(id) as
      { note: string | null; flag: string | null } | undefined;
    if (!before) throw notFound('document', id);
    const note = change.note === undefined ? before.note : noteValue(change.note);
    const flag = change.flag === undefined ? before.flag : change.flag || null;
    if (note === before.note && flag === before.flag) return getDocument(db, id);
    statement(
      db,
      "UPDATE documents SET note = ?, flag = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
    ).run(note, flag, id);
    statement(
      db,
      `INSERT INTO document_note_history (document_id, layer, origin, before_note, before_flag, after_note, after_flag)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, layer, origin, before.note, before.flag, note, flag);
    return getDocument(db, id);
  })();
}
