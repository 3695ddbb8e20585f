/**
 * A throwaway PostgreSQL cluster for the team-server tests: Debian's
 * `postgresql` binaries, initdb into a temporary folder, `pg_ctl` on a free
 * port of 127.0.0.1, stopped and removed afterwards. initdb refuses to run as
 * root (CI is root), so as root every server command runs as the `postgres`
 * user, which then owns the folder.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

const ROOT = '/usr/lib/postgresql';
export const SUPERUSER = 'cluster_admin';
export const SUPERUSER_PASSWORD = 'admin-secret';

/** The newest installed server's bin folder, or null. */
function serverBin(): string | null {
  if (!existsSync(ROOT)) return null;
  const versions = readdirSync(ROOT)
    .filter((v) => existsSync(join(ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(ROOT, versions[0], 'bin');
}

/**
 * Whether the server tests can run here. Outside CI a machine without
 * PostgreSQL skips them with the reason printed; in CI (CI set) that is a
 * failure, so a missing install step cannot pass unnoticed.
 */
export function postgresAvailability(): { available: true } | { available: false; reason: string } {
  if (serverBin() !== null) return { available: true };
  const reason = `PostgreSQL is not installed (no ${ROOT}/*/bin/initdb): apt-get install postgresql`;
  if (process.env['CI']) throw new Error(`team-server tests cannot run in CI: ${reason}`);
  console.warn(`skipping the team-server tests: ${reason}`);
  return { available: false, reason };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs a server binary, as the postgres user when we are root. */
function run(bin: string, args: string[]): void {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface Cluster {
  port: number;
  /** A superuser's URL: what the team's owner would have on a managed server. */
  adminUrl: string;
  /** A URL for `user` with `password` on one of this cluster's databases. */
  url(user: string, password: string, database?: string): string;
  /** Creates a new, empty database owned by the superuser; returns its name. */
  createDatabase(): Promise<string>;
  stop(): void;
  start(): void;
  /** Stops the server and removes its folder. */
  destroy(): void;
}

export async function startCluster(): Promise<Cluster> {
  const bin = serverBin();
  if (bin === null) throw new Error('PostgreSQL is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'annotator-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, `${SUPERUSER_PASSWORD}\n`);
  if (asRoot) execFileSync('chown', ['postgres', pwfile]);
  // Password logins over TCP, as a real server has: the roles' rights are what is tested.
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    SUPERUSER,
    `--pwfile=${pwfile}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '--no-sync',
    '-E',
    'UTF8',
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const start = (): void =>
    run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const stop = (): void => run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  const url = (user: string, password: string, database = 'postgres'): string =>
    `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  let running = true;
  let databases = 0;
  return {
    port,
    adminUrl: url(SUPERUSER, SUPERUSER_PASSWORD),
    url,
    createDatabase: async () => {
      const name = `team${++databases}`;
      const client = new pg.Client({ connectionString: url(SUPERUSER, SUPERUSER_PASSWORD) });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return name;
    },
    stop: () => {
      stop();
      running = false;
    },
    start: () => {
      start();
      running = true;
    },
    destroy: () => {
      if (running) stop();
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface UsedCluster {
  /** False when PostgreSQL is not installed here: the file's tests are skipped (postgresAvailability). */
  available: boolean;
  /** The file's cluster, started before its tests. */
  readonly cluster: Cluster;
}

/**
 * One throwaway cluster for the calling test file: started before its
 * tests, stopped and removed after them.
 */
export function useCluster(): UsedCluster {
  const { available } = postgresAvailability();
  let started: Cluster | undefined;
  beforeAll(async () => {
    if (available) started = await startCluster();
  }, 60_000);
  afterAll(() => started?.destroy());
  return {
    available,
    get cluster(): Cluster {
      if (!started)
        throw new Error('the PostgreSQL cluster is not started (PostgreSQL missing, or used outside a test)');
      return started;
    },
  };
}
