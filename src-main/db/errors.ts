/**
 * Errors the core raises on purpose. Each carries a stable code so the IPC
 * layer and the CLI can report it as data instead of a stack trace.
 */
export type ErrorCode =
  | 'VALIDATION'
  /** A call from a page or frame other than the app's own: refused unread. */
  | 'FORBIDDEN_SENDER'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BUSY'
  | 'NOTHING_TO_UNDO'
  | 'NOTHING_TO_REDO'
  | 'IMPORT_FAILED'
  | 'DB_NEWER_VERSION'
  | 'DB_UNAVAILABLE'
  | 'IO'
  | 'CANCELLED'
  | 'INTERNAL';

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export const notFound = (what: string, id: number | string): AppError =>
  new AppError('NOT_FOUND', `${what} ${String(id)} does not exist`);

/**
 * Turns a failure from SQLite itself into an AppError a person can act on.
 * Returns undefined for anything that is not an SQLite error.
 */
export function fromSqliteError(e: unknown, what = 'the database'): AppError | undefined {
  if (e instanceof AppError) return e;
  const err = e as { code?: unknown; message?: unknown };
  if (typeof err.code !== 'string' || !err.code.startsWith('SQLITE_')) return undefined;
  const detail = typeof err.message === 'string' ? err.message : err.code;
  if (err.code.startsWith('SQLITE_BUSY') || err.code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'DB_UNAVAILABLE',
      `${what} is locked by another process (${detail}); close the other program and try again`,
    );
  }
  if (
    err.code.startsWith('SQLITE_READONLY') ||
    err.code.startsWith('SQLITE_CANTOPEN') ||
    err.code.startsWith('SQLITE_PERM')
  ) {
    return new AppError(
      'DB_UNAVAILABLE',
      `${what} cannot be written (${detail}); check the file's permissions`,
    );
  }
  if (err.code.startsWith('SQLITE_CORRUPT') || err.code.startsWith('SQLITE_NOTADB')) {
    return new AppError(
      'DB_UNAVAILABLE',
      `${what} is damaged (${detail}); it was left as it is — restore a backup copy`,
    );
  }
  if (err.code.startsWith('SQLITE_FULL') || err.code.startsWith('SQLITE_IOERR')) {
    return new AppError('IO', `cannot write ${what} (${detail}); check the free disk space`);
  }
  return undefined;
}
