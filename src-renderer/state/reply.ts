import type { Reply } from '../../src-main/ipc/contract.ts';
import { errorText } from './error-text.ts';

/** A call the main process answered with an error: its code and readable message. */
export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** Unwraps a reply: the value, or an ApiError carrying the main process's message (translated where its code allows). */
export async function call<T>(pending: Promise<Reply<T>>): Promise<T> {
  const reply = await pending;
  if (!reply.ok) throw new ApiError(reply.error.code, errorText(reply.error));
  return reply.value;
}

export { errorMessage as messageOf } from '../../src-main/text/error-message.ts';
