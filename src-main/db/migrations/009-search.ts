import type { Migration } from './types.ts';

/**
 * Full-text search (issue 22, "Find anything").
 *
 * `documents_fts` indexes documents' texts as trigrams, so the document
 * filter and the corpus search find any substring of three characters or
 * more without reading the texts (db/text-search.ts). `remove_diacritics 1`
 * and the trigram tokenizer's default case folding give the same matches
 * the filter has always made ("beeindigen" finds "beëindigen").
 *
 * An external-content table: the texts stay in `documents` only and the
 * index holds trigrams and their positions. `detail=full` (positions) is
 * what lets a phrase of trigrams be checked without reading the text; a
 * `detail=none` index is a third of the size but every query then reads the
 * candidate texts back, slower than scanning them.
 *
 * Not kept in step by an insert trigger: indexing a text costs several times
 * storing it, and an import's speed is a promise of the app. The app's
 * database thread indexes new documents afterwards, a slice at a time
 * (db/text-index.ts); `documents_fts_state.indexed_through` says how far:
 * every document with an id up to it is in the index, none above it. Ids
 * only grow (AUTOINCREMENT, never given by an import) and only committed
 * rows are indexed, so no document can appear below the mark unindexed.
 * Searches look up the indexed part and scan the rest.
 *
 * A text never changes (documents_text_immutable), so only a deletion must
 * reach the index, and only for an indexed document: FTS5's 'delete' takes
 * the text's trigrams out of the index whether or not they were put in, and
 * removing what was never there corrupts it.
 */
export const search: Migration = {
  version: 9,
  name: 'search: trigram full-text index of document texts',
  up: `
    CREATE VIRTUAL TABLE documents_fts USING fts5(
      text,
      content = 'documents',
      content_rowid = 'id',
      tokenize = 'trigram remove_diacritics 1',
      detail = full
    );
    CREATE TABLE documents_fts_state (
      one              INTEGER PRIMARY KEY CHECK (one = 1),
      indexed_through  INTEGER NOT NULL CHECK (indexed_through >= 0)
    );
    INSERT INTO documents_fts_state (one, indexed_through) VALUES (1, 0);
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents
    WHEN OLD.id <= (SELECT indexed_through FROM documents_fts_state)
    BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
    END;
  `,
};
