import type { Migration } from './types.ts';

/**
 * Where the user was reading (issue 17.12): the open document and the text
 * offset at the top of its view, so the app reopens there after a reload or
 * a restart. It lives with the corpus it points into, not in the window's
 * storage, which every database opened with `--db` would share.
 */
export const readingPlace: Migration = {
  version: 4,
  name: 'reading place',
  up: `
    CREATE TABLE reading_place (
      id           INTEGER PRIMARY KEY CHECK (id = 1),
      document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      top_offset   INTEGER NOT NULL CHECK (top_offset >= 0)
    );
  `,
};
