import { ApiError } from './reply.ts';

/**
 * Changes the database turned down as asked (a span tagged twice, nothing to
 * undo, an import running): nothing is lost, the view still shows what is
 * stored, so they are said in passing and the save state stays as it was.
 */
const REFUSALS: ReadonlySet<string> = new Set([
  'CONFLICT',
  'VALIDATION',
  'NOT_FOUND',
  'BUSY',
  'NOTHING_TO_UNDO',
  'NOTHING_TO_REDO',
]);
export const isRefusal = (e: unknown): e is ApiError => e instanceof ApiError && REFUSALS.has(e.code);
export const sentence = (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
/** A span as a person names it: its label and (the start of) its text. */
const QUOTE_MAX = 40;
export const quote = (text: string) => (text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text);
