import type { Migration } from './types.ts';

/**
 * The triggers that refuse a span ending past its text read the document's
 * `text_length`. In the table row it sits behind `text`, and for a long
 * document that text lives in a chain of overflow pages which SQLite walks
 * to reach the column: about 250 page reads per span stored in a
 * 1,000,000-character article. A covering index on (id, text_length) holds
 * the number without the text; the triggers name it with INDEXED BY because
 * the planner otherwise prefers the rowid lookup. Same refusals, same
 * messages.
 */
export const spanEndIndex: Migration = {
  version: 13,
  name: 'span ends checked through a covering index',
  up: `
    CREATE INDEX documents_text_length ON documents (id, text_length);

    DROP TRIGGER annotations_within_text_insert;
    DROP TRIGGER annotations_within_text_update;
    DROP TRIGGER suggestions_within_text_insert;

    CREATE TRIGGER annotations_within_text_insert BEFORE INSERT ON annotations
    WHEN NEW."end" > (SELECT text_length FROM documents INDEXED BY documents_text_length WHERE id = NEW.document_id)
    BEGIN
      SELECT RAISE(ABORT, 'annotation ends past the end of its document');
    END;
    CREATE TRIGGER annotations_within_text_update BEFORE UPDATE OF start, "end", document_id ON annotations
    WHEN NEW."end" > (SELECT text_length FROM documents INDEXED BY documents_text_length WHERE id = NEW.document_id)
    BEGIN
      SELECT RAISE(ABORT, 'annotation ends past the end of its document');
    END;
    CREATE TRIGGER suggestions_within_text_insert BEFORE INSERT ON suggestions
    WHEN NEW."end" > (SELECT text_length FROM documents INDEXED BY documents_text_length WHERE id = NEW.document_id)
    BEGIN
      SELECT RAISE(ABORT, 'suggestion ends past the end of its document');
    END;
  `,
};
