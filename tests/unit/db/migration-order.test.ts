import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, schemaVersion } from '../../../src-main/db/connection.ts';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { tempDir } from '../../helpers/tmp.ts';

const step = (version: number, name = `m${version}`) => ({ version, name, up: `CREATE TABLE ${name} (x);` });

describe('the migration runner', () => {
  it('accepts the app’s own schema history', () => {
    const db = openDatabase(join(tempDir(), 'app.db'));
    expect(schemaVersion(db)).toBe(migrations.length);
    closeDatabase(db);
  });

  it('refuses a history whose versions are not 1, 2, 3, … in order, before touching the file', () => {
    const bad = {
      'a gap': [step(1), step(3)],
      'a repeat': [step(1), step(2), step(2, 'again')],
      'a swap': [step(2), step(1)],
      'no version 1': [step(2), step(3)],
      'a fraction': [step(1), step(1.5)],
    };
    for (const [what, list] of Object.entries(bad)) {
      const dir = tempDir();
      expect(() => openDatabase(join(dir, 'x.db'), { migrations: list }), what).toThrow(
        /versions must run 1, 2, 3, … in order/,
      );
      expect(readdirSync(dir), what).toEqual([]);
    }
  });

  it('refuses a bad history for an existing database too, leaving it at its version', () => {
    const path = join(tempDir(), 'old.db');
    closeDatabase(openDatabase(path, { migrations: [step(1)] }));
    expect(() => openDatabase(path, { migrations: [step(1), step(3)] })).toThrow(
      /migration "m3" is number 2 in the list but has version 3/,
    );
    expect(existsSync(`${path}-wal`)).toBe(false);
    const db = openDatabase(path, { migrations: [step(1)] });
    expect(schemaVersion(db)).toBe(1);
    closeDatabase(db);
  });
});
