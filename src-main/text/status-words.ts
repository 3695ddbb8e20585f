import type { DocumentStatus } from '../db/model.ts';

/**
 * How the key table and README.md (English, like the CLI) name each status.
 * The window's own words, in its language, are src-renderer/i18n's `common:status`.
 */
export const STATUS_WORDS: Record<DocumentStatus, string> = {
  todo: 'to do',
  in_progress: 'in progress',
  done: 'done',
};
