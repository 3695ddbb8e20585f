import { AppError } from '../db/errors.ts';
import { errorMessage } from '../text/error-message.ts';

export interface ErrorBox {
  title: string;
  content: string;
}

/**
 * What the user reads when the corpus cannot be opened at start-up. The app
 * then quits: starting on an empty database would look like lost work.
 * db/connection.ts refuses a non-SQLite file or a newer schema before opening
 * it, so those files are left byte for byte as they were.
 */
export function databaseOpenFailure(error: unknown, path: string, from: string): ErrorBox {
  const reason = errorMessage(error);
  const where = `Database: ${path}\n(chosen by: ${from})`;
  if (error instanceof AppError && error.code === 'DB_NEWER_VERSION') {
    return {
      title: 'This database needs a newer Dutch News Annotator',
      content: `${reason}\n\nInstall the newer version, or start with another database (--db PATH or ANNOTATOR_DB).\n\n${where}`,
    };
  }
  return {
    title: 'The annotation database cannot be opened',
    content: `${reason}\n\nThe app stopped before writing any annotation to it. Check that it is an annotator database and that you may read and write it, or start with another database (--db PATH or ANNOTATOR_DB).\n\n${where}`,
  };
}
