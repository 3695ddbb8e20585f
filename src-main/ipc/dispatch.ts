import { methods, requests, type Method, type Reply } from './contract.ts';
import type { Handlers } from './handlers.ts';
import { fromSqliteError } from '../db/errors.ts';
import { errorMessage } from '../text/error-message.ts';

const known = new Set<string>(methods);
const isMethod = (name: string): name is Method => known.has(name);

/** A readable one-line summary of what was wrong with a payload. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * Validates a payload against the contract, runs the handler, and turns every
 * outcome into a reply. Nothing thrown inside a handler escapes: Electron
 * would mangle it into an unreadable string on the renderer side.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  payload: unknown,
): Promise<Reply<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'VALIDATION', message: `unknown call "${method}"` } };
  }
  const parsed = requests[method].safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: `invalid ${method} request: ${describeIssues(parsed.error.issues)}`,
      },
    };
  }
  try {
    const handler = handlers[method] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    const known = fromSqliteError(e);
    if (known) return { ok: false, error: { code: known.code, message: known.message, text: known.text } };
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `unexpected error in ${method}: ${errorMessage(e)}` },
    };
  }
}
