/**
 * Connecting to the team server. The URL is a PostgreSQL connection string
 * (`postgres://user@host:port/db?sslmode=require`, TLS as libpq's sslmode
 * says); with no password in it, node-postgres takes PGPASSWORD or the
 * matching line of ~/.pgpass, as psql does, so no password need be stored.
 */
import pg from 'pg';
import { errorMessage } from '../text/error-message.ts';

export type Server = pg.Client;

/** A failure to reach or use the server: one line for the person at the terminal. */
export class ServerError extends Error {}

/** The URL without its password: what a sync cursor is kept under and messages show. */
export function serverName(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ServerError(`--server: "${url}" is not a PostgreSQL URL (postgres://user@host:port/database)`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    throw new ServerError(
      `--server: "${parsed.protocol}" is not postgres: (postgres://user@host:port/database)`,
    );
  const database = parsed.pathname.replace(/^\//, '') || parsed.username;
  return `${parsed.username}@${parsed.hostname}:${parsed.port || '5432'}/${database}`;
}

/** `password`: given apart from the URL (the app's stored one), so it never sits in a URL string. */
export async function connect(url: string, password?: string): Promise<Server> {
  const name = serverName(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  // Set after: the URL's parsed fields (an empty password among them) win over the config's.
  if (password !== undefined) client.password = password;
  // A connection lost between queries surfaces on the next query; this keeps it from crashing the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    throw new ServerError(`cannot connect to ${name}: ${errorMessage(e)}`, { cause: e });
  }
  return client;
}

/** Runs `fn` in one transaction; rolled back on failure. */
export async function inTransaction<T>(server: Server, fn: () => Promise<T>): Promise<T> {
  await server.query('BEGIN');
  try {
    const result = await fn();
    await server.query('COMMIT');
    return result;
  } catch (e) {
    await server.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
