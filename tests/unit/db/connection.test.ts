import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CACHE_KIB, closeDatabase, openDatabase, schemaVersion } from '../../../src-main/db/connection.ts';
import { migrations, LATEST_SCHEMA_VERSION } from '../../../src-main/db/migrations/index.ts';
import { listLabels } from '../../../src-main/db/labels.ts';
import { tempDir } from '../../helpers/tmp.ts';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('openDatabase', () => {
  it('creates a new database at the latest schema with WAL, foreign keys and the seeded labels', () => {
    const path = join(tempDir(), 'new.db');
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // FULL = 2: acknowledged annotation writes survive power loss.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    // A page cache that holds a 100,000-document listing index (negative: KiB).
    expect(db.pragma('cache_size', { simple: true })).toBe(-CACHE_KIB);
    expect(listLabels(db).map((l) => [l.name, l.hotkey])).toEqual([
      ['EVENT', '1'],
      ['NUMBER', '2'],
      ['ACTOR', '3'],
    ]);
    closeDatabase(db);
    // Checkpointed on close: the main file holds everything, no WAL left behind.
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('reopens an existing database without migrating it again', () => {
    const path = join(tempDir(), 'again.db');
    closeDatabase(openDatabase(path));
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(listLabels(db)).toHaveLength(3);
    closeDatabase(db);
  });

  it('refuses a database from a newer version and leaves the file byte for byte as it was', () => {
    const dir = tempDir();
    const path = join(dir, 'newer.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = digest(path);
    expect(() => openDatabase(path)).toThrow(/newer version of the annotator/);
    expect(digest(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['newer.db']);
  });

  it('refuses a file that is not SQLite without touching it', () => {
    const dir = tempDir();
    const path = join(dir, 'junk.db');
    writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const before = digest(path);
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'DB_UNAVAILABLE' }));
    expect(digest(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['junk.db']);
  });

  it('keeps a backup copy before migrating an older schema', () => {
    const dir = tempDir();
    const path = join(dir, 'old.db');
    closeDatabase(openDatabase(path, { migrations }));
    const next = [
      ...migrations,
      { version: LATEST_SCHEMA_VERSION + 1, name: 'test', up: 'CREATE TABLE extra (x);' },
    ];
    const db = openDatabase(path, { migrations: next });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 1);
    closeDatabase(db);
    const backups = readdirSync(dir).filter((f) => f.startsWith('old.db.backup-v'));
    expect(backups).toHaveLength(1);
    const backup = new Database(join(dir, backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(listLabels(backup)).toHaveLength(3);
    backup.close();
  });

  it('rolls back a failing migration and keeps the old schema version', () => {
    const path = join(tempDir(), 'broken.db');
    closeDatabase(openDatabase(path));
    const next = [
      ...migrations,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'bad',
        up: 'CREATE TABLE half (x); SELECT * FROM no_such_table;',
      },
    ];
    expect(() => openDatabase(path, { migrations: next })).toThrow(/no_such_table/);
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    closeDatabase(db);
  });
});
