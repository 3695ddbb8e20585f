import type { Migration } from './types.ts';

/**
 * The ids of a document's deleted spans, which are never given out again
 * (db/span-uid.ts), were read through `annotation_history_document`: every
 * log row of the document fetched to test its action, twenty rows for a
 * document whose spans were only ever created. A merge asks this for each
 * document it adds a layer to. A partial index of the delete rows alone
 * answers at once where nothing was deleted, and costs only deletes to keep.
 * No row changes.
 */
export const deletedSpanIndex: Migration = {
  version: 15,
  name: 'index of deleted spans in the change log',
  up: `
    CREATE INDEX annotation_history_deleted ON annotation_history (document_id) WHERE action = 'delete';
  `,
};
