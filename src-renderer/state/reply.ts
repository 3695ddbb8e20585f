import type { Reply } from '../../src-main/ipc/contract.ts';
import { errorText } from './error-text.ts';

/** A call the main process answered with an error: its code, readable message, and main's own English. */
export class ApiError extends Error {
  readonly code: string;
  /** Main's English message, which names figures in a fixed form (scheme-form.ts reads a count from it). */
  readonly english: string;
  constructor(code: string, message: string, english = message) {
    super(message);
    this.code = code;
    this.english = english;
  }
}

/** Unwraps a reply: the value, or an ApiError carrying the main process's message (translated where its code allows). */
export async function call<T>(pending: Promise<Reply<T>>): Promise<T> {
  const reply = await pending;
  if (!reply.ok) throw new ApiError(reply.error.code, errorText(reply.error), reply.error.message);
  return reply.value;
}

export { errorMessage as messageOf } from '../../src-main/text/error-message.ts';
