import type { Db } from './connection.ts';
import { notFound } from './errors.ts';
import { statement } from './statements.ts';

/** Where the user was reading: a document and the text offset (UTF-16) at the top of its view. */
export interface ReadingPlace {
  documentId: number;
  offset: number;
}

/** The last reading place, or null when none was kept (or its document is gone). */
export function getReadingPlace(db: Db): ReadingPlace | null {
  const row = statement(
    db,
    'SELECT document_id AS documentId, top_offset AS offset FROM reading_place WHERE id = 1',
  ).get() as ReadingPlace | undefined;
  return row ?? null;
}

export function setReadingPlace(db: Db, place: ReadingPlace): ReadingPlace {
  const exists = statement(db, 'SELECT 1 FROM documents WHERE id = ?').get(place.documentId);
  if (!exists) throw notFound('document', place.documentId);
  statement(
    db,
    `INSERT INTO reading_place (id, document_id, top_offset) VALUES (1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, top_offset = excluded.top_offset`,
  ).run(place.documentId, place.offset);
  return place;
}
