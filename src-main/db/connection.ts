import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { AppError, fromSqliteError } from './errors.ts';
import { migrations as appMigrations } from './migrations/index.ts';
import { assertMigrationOrder } from './migrations/order.ts';
import type { Migration } from './migrations/types.ts';
import { errorMessage } from '../text/error-message.ts';
import { say } from '../text/messages/say.ts';
import { registerTextFunctions } from './text-index.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /** Make a copy next to the file before migrating an older schema (default true). */
  backupBeforeMigrate?: boolean;
  /** The schema history to apply; tests pass their own to exercise upgrades. */
  migrations?: readonly Migration[];
  /** How long a write waits for another process's lock before failing (default 5000 ms). */
  busyTimeoutMs?: number;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Reads the header of an existing file without opening it through SQLite, so
 * that a file we must refuse (not SQLite, or from a newer app) is never
 * touched: no -wal or -shm file, no journal-mode switch.
 */
function inspectExistingFile(path: string): { userVersion: number } {
  const header = Buffer.alloc(100);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new AppError('DB_UNAVAILABLE', `cannot read database ${path}: ${errorMessage(e)}`);
  }
  try {
    const read = readSync(fd, header, 0, 100, 0);
    if (read === 0) return { userVersion: 0 };
    if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
      throw new AppError(
        'DB_UNAVAILABLE',
        `${path} is not an annotator database (not an SQLite file, or damaged); it was left untouched`,
      );
    }
    return { userVersion: header.readUInt32BE(60) };
  } finally {
    closeSync(fd);
  }
}

function describeOpenError(path: string, e: unknown): AppError {
  const known = fromSqliteError(e, say('refusals.db.named', { path }));
  if (known) return known;
  const detail = errorMessage(e);
  return new AppError('DB_UNAVAILABLE', `cannot open database ${path}: ${detail}`);
}

function backupPath(path: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${path}.backup-v${fromVersion}-${stamp}`;
}

/** The page cache of a connection, in KiB. */
export const CACHE_KIB = 32 * 1024;

/**
 * Opens (creating if needed) and migrates an annotator database.
 *
 * `synchronous = FULL`: an acknowledged annotation must survive a power cut,
 * and annotation writes are single small transactions where FULL costs little.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? appMigrations;
  assertMigrationOrder(migrations);
  const latest = migrations.length;
  const isMemory = path === ':memory:';
  const existed = !isMemory && existsSync(path);
  const { userVersion } = existed ? inspectExistingFile(path) : { userVersion: 0 };
  if (userVersion > latest) {
    throw new AppError(
      'DB_NEWER_VERSION',
      `database ${path} was written by a newer version of the annotator (schema ${userVersion}, this version knows up to ${latest}); update the app to open it. The file was not changed.`,
    );
  }

  let db: Db | undefined;
  try {
    db = new Database(path);
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    if (!isMemory) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // SQLite's default page cache (2 MiB) is smaller than the listing index of a
    // 100,000-document corpus: every list page, filter and progress count read
    // it from the file again (stats and first page 28 ms a time, against 10 ms
    // with 32 MiB). A bound, not an allocation: small corpora use less.
    db.pragma(`cache_size = -${CACHE_KIB}`);
    // Reads the real schema (the header can lag behind a WAL not yet checkpointed).
    const current = Number(db.pragma('user_version', { simple: true }));
    if (current > latest) {
      throw new AppError(
        'DB_NEWER_VERSION',
        `database ${path} was written by a newer version of the annotator (schema ${current}); update the app to open it. The file was not changed.`,
      );
    }
    if (current > 0 && current < latest && !isMemory && options.backupBeforeMigrate !== false) {
      // Once per upgrade, so not through the statement cache.
      db.prepare('VACUUM INTO ?').run(backupPath(path, current));
    }
    migrate(db, migrations, current);
    registerTextFunctions(db);
    return db;
  } catch (e) {
    db?.close();
    throw describeOpenError(path, e);
  }
}

/**
 * Every pending step in one transaction: a new database is one commit (one
 * sync to disk) instead of one per step, and a step that fails leaves the
 * schema as it was before the first.
 */
function migrate(db: Db, migrations: readonly Migration[], from: number): void {
  db.transaction(() => {
    for (const migration of migrations) {
      if (migration.version <= from) continue;
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}

/** Folds the WAL back into the main file so the database is one self-contained file, then closes. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    if (!db.readonly && !db.memory) db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}
