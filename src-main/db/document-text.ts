import type { Db } from './connection.ts';
import { notFound } from './errors.ts';
import { statement } from './statements.ts';

interface Cached {
  id: number;
  sha256: string;
  text: string;
}

// Every edit checks its offsets against the document's text, and reading a
// million-character article out of SQLite takes ~7 ms: too much for a
// keypress. The text of a document never changes (a trigger forbids it), so
// the one being annotated is kept. The row is still looked up every time (by
// id and hash, cheap), so a deleted document is never served from here.
const lastRead = new WeakMap<Db, Cached>();

/** The stored text of a document; throws NOT_FOUND when there is none. */
export function documentText(db: Db, documentId: number): string {
  const row = statement(db, 'SELECT text_sha256 AS sha256 FROM documents WHERE id = ?').get(documentId) as
    { sha256: string } | undefined;
  if (!row) throw notFound('document', documentId);
  const cached = lastRead.get(db);
  if (cached && cached.id === documentId && cached.sha256 === row.sha256) return cached.text;
  const { text } = statement(db, 'SELECT text FROM documents WHERE id = ?').get(documentId) as {
    text: string;
  };
  lastRead.set(db, { id: documentId, sha256: row.sha256, text });
  return text;
}
