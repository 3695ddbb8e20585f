import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { AppError } from './errors.ts';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations/index.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /** Make a copy next to the file before migrating an older schema (default true). */
  backupBeforeMigrate?: boolean;
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
    throw new AppError('DB_UNAVAILABLE', `cannot read database ${path}: ${(e as Error).message}`);
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
  if (e instanceof AppError) return e;
  const err = e as { code?: string; message?: string };
  const detail = err.message ?? String(e);
  if (err.code === 'SQLITE_BUSY' || err.code === 'SQLITE_LOCKED') {
    return new AppError('DB_UNAVAILABLE', `database ${path} is locked by another process: ${detail}`);
  }
  if (err.code === 'SQLITE_READONLY' || err.code === 'SQLITE_CANTOPEN' || err.code === 'SQLITE_PERM') {
    return new AppError('DB_UNAVAILABLE', `cannot open database ${path} for writing: ${detail}`);
  }
  if (err.code === 'SQLITE_CORRUPT' || err.code === 'SQLITE_NOTADB') {
    return new AppError('DB_UNAVAILABLE', `database ${path} is damaged and was left untouched: ${detail}`);
  }
  return new AppError('DB_UNAVAILABLE', `cannot open database ${path}: ${detail}`);
}

function backupPath(path: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${path}.backup-v${fromVersion}-${stamp}`;
}

/**
 * Opens (creating if needed) and migrates an annotator database.
 *
 * `synchronous = FULL`: an acknowledged annotation must survive a power cut,
 * and annotation writes are single small transactions where FULL costs little.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const isMemory = path === ':memory:';
  const existed = !isMemory && existsSync(path);
  const { userVersion } = existed ? inspectExistingFile(path) : { userVersion: 0 };
  if (userVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'DB_NEWER_VERSION',
      `database ${path} was written by a newer version of the annotator (schema ${userVersion}, this version knows up to ${LATEST_SCHEMA_VERSION}); update the app to open it. The file was not changed.`,
    );
  }

  let db: Db | undefined;
  try {
    db = new Database(path);
    db.pragma('busy_timeout = 5000');
    if (!isMemory) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Reads the real schema (the header can lag behind a WAL not yet checkpointed).
    const current = Number(db.pragma('user_version', { simple: true }));
    if (current > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'DB_NEWER_VERSION',
        `database ${path} was written by a newer version of the annotator (schema ${current}); update the app to open it. The file was not changed.`,
      );
    }
    if (current > 0 && current < LATEST_SCHEMA_VERSION && !isMemory && options.backupBeforeMigrate !== false) {
      db.prepare('VACUUM INTO ?').run(backupPath(path, current));
    }
    migrate(db, current);
    return db;
  } catch (e) {
    db?.close();
    throw describeOpenError(path, e);
  }
}

function migrate(db: Db, from: number): void {
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
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
