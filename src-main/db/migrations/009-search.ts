import type { Migration } from './types.ts';

/**
 * Full-text search (issue 22, "Find anything").
 *
 * `documents_fts` indexes every document's text as trigrams, so the document
 * filter and the corpus search find any substring of three characters or
 * more without reading the texts (db/text-search.ts). `remove_diacritics 1`
 * and the trigram tokenizer's default case folding give the same matches
 * the filter has always made ("beeindigen" finds "beëindigen").
 *
 * An external-content table: the texts stay in `documents` only and the
 * index holds trigrams and their positions. `detail=full` (positions) is
 * what lets a phrase of trigrams be checked without reading the text; a
 * `detail=none` index is a third of the size but every query then reads the
 * candidate texts back, slower than scanning them. A text never changes
 * (documents_text_immutable), so the index follows inserts and deletes only.
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
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents
    BEGIN
      INSERT INTO documents_fts (rowid, text) VALUES (NEW.id, NEW.text);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents
    BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
    END;
    INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
  `,
};
