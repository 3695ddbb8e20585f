import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseOpenFailure } from '../../../src-main/app/db-error.ts';
import { openDatabase } from '../../../src-main/db/connection.ts';
import { AppError } from '../../../src-main/db/errors.ts';
import { tempDir } from '../../helpers/tmp.ts';

/** The error openDatabase really throws for a file. */
function openError(path: string): unknown {
  try {
    openDatabase(path).close();
  } catch (e) {
    return e;
  }
  throw new Error(`${path} opened`);
}

describe('database open failure dialog', () => {
  it('explains a database from a newer app', () => {
    const box = databaseOpenFailure(
      new AppError('DB_NEWER_VERSION', 'schema 99'),
      '/d/annotator.db',
      'default',
    );
    expect(box.title).toMatch(/newer/);
    expect(box.content).toContain('schema 99');
    expect(box.content).toContain('/d/annotator.db');
  });

  it('explains a file that is not a database, says nothing was written, and names the override', () => {
    const path = join(tempDir(), 'notes.db');
    writeFileSync(path, 'these are my notes, not SQLite'.repeat(10));
    const box = databaseOpenFailure(openError(path), path, 'argument');
    expect(box.title).toBe('The annotation database cannot be opened');
    expect(box.content).toMatch(/not an annotator database/);
    expect(box.content).toMatch(/was left untouched|before writing/);
    expect(box.content).toContain('--db PATH');
    expect(box.content).toContain('chosen by: argument');
  });

  it('copes with something that is not an Error', () => {
    expect(databaseOpenFailure('disk on fire', '/x.db', 'environment').content).toMatch(/^disk on fire/);
  });
});
