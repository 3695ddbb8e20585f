/**
 * Errors the core raises on purpose. Each carries a stable code so the IPC
 * layer and the CLI can report it as data instead of a stack trace.
 */
export type ErrorCode =
  | 'VALIDATION'
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
