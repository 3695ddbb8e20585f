/**
 * Why a sync from the app failed, as a kind the window words (the renderer's
 * sync-wording.ts) and the server's own text as detail. Read from the codes
 * node-postgres and Node give (SQLSTATE, system and TLS codes), walking the
 * chain of causes that connect.ts and sync.ts wrap them in.
 */
import { errorMessage } from '../text/error-message.ts';
import { ServerError } from './connect.ts';

export const PROBLEM_KINDS = [
  'no-server',
  'no-password',
  'unreachable',
  'password',
  'tls-required',
  'tls-unsupported',
  'tls-failed',
  'not-allowed',
  'no-database',
  'permission',
  'refused',
  'busy',
  'other',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface SyncProblem {
  kind: ProblemKind;
  /** The server's or the system's own words, for the curious and for a bug report. */
  detail: string;
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
]);
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_OSSL)/;

/** Every error in `e`'s chain: causes, and the attempts of an AggregateError (each address tried). */
function chain(e: unknown): unknown[] {
  const seen: unknown[] = [];
  const visit = (x: unknown) => {
    if (x === undefined || x === null || seen.includes(x)) return;
    seen.push(x);
    if (x instanceof AggregateError) x.errors.forEach(visit);
    if (x instanceof Error) visit(x.cause);
  };
  visit(e);
  return seen;
}

const codeOf = (x: unknown): string | null => {
  const code = (x as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
};

function kindOf(x: unknown): ProblemKind | null {
  const code = codeOf(x);
  const message = errorMessage(x);
  if (code === '28P01' || /password authentication failed|SASL: .*password/i.test(message)) return 'password';
  if (code === '28000') return /no encryption/i.test(message) ? 'tls-required' : 'not-allowed';
  if (code === '3D000') return 'no-database';
  if (code === '42501' || /row-level security/i.test(message)) return 'permission';
  if (/does not support SSL/i.test(message)) return 'tls-unsupported';
  if (code !== null && TLS_CODES.test(code)) return 'tls-failed';
  if (code !== null && UNREACHABLE.has(code)) return 'unreachable';
  if (/timeout expired|Connection terminated/i.test(message)) return 'unreachable';
  return null;
}

/** The kind of a failed sync and its detail; a failure with no known code is the server's refusal in its words. */
export function problemOf(e: unknown): SyncProblem {
  const errors = chain(e);
  const innermost = errors.at(-1);
  for (const x of errors) {
    const kind = kindOf(x);
    if (kind !== null) return { kind, detail: errorMessage(x) };
  }
  // sync.ts refuses a login that is no annotator of the team (or a server with no team) in words of its own.
  const ownWords = errors.length === 1 && e instanceof ServerError;
  return { kind: ownWords ? 'refused' : 'other', detail: errorMessage(innermost ?? e) };
}
