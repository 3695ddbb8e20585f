import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { SAMPLES_DIR } from '../../helpers/backend.ts';
import { tempDir } from '../../helpers/tmp.ts';

const CLI = join(import.meta.dirname, '..', '..', '..', 'src-main', 'cli', 'main.ts');
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Makes a folder and its files unwritable. File modes do not stop root (CI runs
 * as root), so there the immutable attribute is used; as a normal user, modes.
 */
function makeReadOnly(dir: string): boolean {
  const files = readdirSync(dir).map((f) => join(dir, f));
  if (process.getuid?.() !== 0) {
    for (const f of files) chmodSync(f, 0o444);
    chmodSync(dir, 0o555);
    onTestFinished(() => chmodSync(dir, 0o755));
    return true;
  }
  const set = spawnSync('chattr', ['+i', ...files, dir]);
  if (set.status !== 0) return false;
  onTestFinished(() => void spawnSync('chattr', ['-i', dir, ...files]));
  return true;
}

describe('a read-only database', () => {
  it('is reported clearly by the core and the CLI, and left exactly as it was', (context) => {
    const dir = tempDir();
    const path = join(dir, 'corpus.db');
    const db = openDatabase(path);
    importPaths(db, [SAMPLES_DIR]);
    closeDatabase(db);
    if (!makeReadOnly(dir)) {
      context.skip('cannot make a file read-only for root here (chattr is not permitted)');
      return;
    }
    const before = digest(path);

    expect(() => openDatabase(path)).toThrow(/cannot be written|readonly/);
    for (const args of [
      ['stats', '--db', path],
      ['import', SAMPLES_DIR, '--db', path],
    ]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^annotator: database .*corpus\.db cannot be written/);
    }
    expect(digest(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['corpus.db']);
  });
});
