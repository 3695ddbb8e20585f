/**
 * Errors the core raises on purpose. Each carries a stable code so the IPC
 * layer and the CLI can report it as data instead of a stack trace.
 */
import { english, type MainText, say } from '../text/messages/say.ts';

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
  /** The message as data, for the window to say in its own language; absent where only English exists. */
  readonly text: MainText | undefined;
  constructor(code: ErrorCode, message: string | MainText) {
    super(typeof message === 'string' ? message : english(message));
    this.name = 'AppError';
    this.code = code;
    this.text = typeof message === 'string' ? undefined : message;
  }
}

/** What a NOT_FOUND names: each has its own sentence, since languages decline the words differently. */
const missing = {
  document: (id: number | string) => say('refusals.notFound.document', { id }),
  annotation: (id: number | string) => say('refusals.notFound.annotation', { id }),
  label: (id: number | string) => say('refusals.notFound.label', { id }),
  role: (id: number | string) => say('refusals.notFound.role', { id }),
  relation: (id: number | string) => say('refusals.notFound.relation', { id }),
  suggestion: (id: number | string) => say('refusals.notFound.suggestion', { id }),
  attribute: (id: number | string) => say('refusals.notFound.attribute', { id }),
};

export const notFound = (what: keyof typeof missing, id: number | string): AppError =>
  new AppError('NOT_FOUND', missing[what](id));

/**
 * Turns a failure from SQLite itself into an AppError a person can act on.
 * Returns undefined for anything that is not an SQLite error.
 */
export function fromSqliteError(
  e: unknown,
  what: MainText = say('refusals.db.theDatabase'),
): AppError | undefined {
  if (e instanceof AppError) return e;
  const err = e as { code?: unknown; message?: unknown };
  if (typeof err.code !== 'string' || !err.code.startsWith('SQLITE_')) return undefined;
  const detail = typeof err.message === 'string' ? err.message : err.code;
  if (err.code.startsWith('SQLITE_BUSY') || err.code.startsWith('SQLITE_LOCKED')) {
    return new AppError('DB_UNAVAILABLE', say('refusals.db.locked', { what, detail }));
  }
  if (
    err.code.startsWith('SQLITE_READONLY') ||
    err.code.startsWith('SQLITE_CANTOPEN') ||
    err.code.startsWith('SQLITE_PERM')
  ) {
    return new AppError('DB_UNAVAILABLE', say('refusals.db.readOnly', { what, detail }));
  }
  if (err.code.startsWith('SQLITE_CORRUPT') || err.code.startsWith('SQLITE_NOTADB')) {
    return new AppError('DB_UNAVAILABLE', say('refusals.db.damaged', { what, detail }));
  }
  if (err.code.startsWith('SQLITE_FULL') || err.code.startsWith('SQLITE_IOERR')) {
    return new AppError('IO', say('refusals.db.full', { what, detail }));
  }
  return undefined;
}
