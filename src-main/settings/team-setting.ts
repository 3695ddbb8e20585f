/**
 * The team server's settings as settings.json keeps them (settings.ts):
 * the server's URL without a password, the login, how often the app syncs
 * on its own, and the password only as the OS keychain encrypted it
 * (passwords.ts); a plain password never reaches the file.
 */
import { AppError } from '../db/errors.ts';
import { ServerError, serverName } from '../sync/connect.ts';
import { SYNC_INTERVALS, type SyncInterval } from './sync-interval.ts';
import { say } from '../text/messages/say.ts';

export interface TeamFile {
  /** postgres://host:port/database?sslmode=… with neither user nor password in it. */
  server: string;
  user: string;
  every: SyncInterval;
  /** The password as the keychain encrypted it (base64), when the user asked to remember it. */
  sealed?: string;
}

const isInterval = (n: unknown): n is SyncInterval => SYNC_INTERVALS.some((i) => i === n);

/** The team part of a parsed settings file; anything damaged is no team setting (asked again). */
export function readTeamFile(raw: unknown): TeamFile | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { server, user, every, sealed } = raw as Record<string, unknown>;
  if (typeof server !== 'string' || typeof user !== 'string' || !isInterval(every)) return undefined;
  return { server, user, every, ...(typeof sealed === 'string' ? { sealed } : {}) };
}

/**
 * The URL a sync connects to: the saved server with the login put in. The
 * password is never part of it (connect.ts takes it apart).
 */
export function loginUrl(team: Pick<TeamFile, 'server' | 'user'>): string {
  const url = new URL(team.server);
  url.username = encodeURIComponent(team.user);
  return url.toString();
}

/**
 * A server URL as the user typed it, checked and split: the URL to keep
 * (no user, no password), and a password found in it, which goes to the
 * password store instead of the file. sslmode and the other libpq settings
 * stay in the URL's query, where node-postgres reads them.
 */
export function splitServerUrl(typed: string): { server: string; user: string; password: string } {
  const trimmed = typed.trim();
  try {
    serverName(trimmed);
  } catch (e) {
    throw new AppError(
      'VALIDATION',
      e instanceof ServerError ? e.message.replace(/^--server: /, '') : String(e),
    );
  }
  const url = new URL(trimmed);
  if (!url.hostname) throw new AppError('VALIDATION', say('refusals.team.noHost', { server: trimmed }));
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  return { server: url.toString(), user, password };
}
