import type { Migration } from './types.ts';

/**
 * `suggestions_label (label_id, state)` is dropped: no query looks
 * suggestions up by label or state (they are read per document, through
 * the unique index that starts with `document_id`), and every row a run
 * stores paid for the index. Its one use was the cascade when a label is
 * deleted, which now reads the table instead: a rare change to the scheme
 * in exchange for every suggestion stored. No row changes.
 */
export const suggestionsLean: Migration = {
  version: 14,
  name: 'suggestions without the label index',
  up: `
    DROP INDEX suggestions_label;
  `,
};
