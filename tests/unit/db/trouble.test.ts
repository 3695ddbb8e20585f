import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../src-main/db/connection.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { createTestBackend } from '../../helpers/backend.ts';
import { tempDir } from '../../helpers/tmp.ts';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function sampleDatabase(): Promise<string> {
  const path = join(tempDir(), 'corpus.db');
  const { db, handlers } = createTestBackend(path);
  const reply = await dispatch(handlers, 'corpus.import', { from: 'samples' });
  if (!reply.ok) throw new Error(reply.error.message);
  closeDatabase(db);
  return path;
}

/**
 * Another process that holds the write lock until its stdin closes. The
 * release resolves once that process has rolled back and exited, so the
 * lock is surely gone.
 */
function holdWriteLock(path: string): Promise<() => Promise<void>> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(path)});
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE documents SET status = status").run();
    console.log('locked');
    process.stdin.on('end', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
    process.stdin.resume();`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    createInterface({ input: child.stdout }).once('line', () =>
      resolve(() => {
        child.stdin.end();
        return exited;
      }),
    );
  });
}

describe('database trouble', () => {
  it('reports a database locked by another process, and carries on once it is released', async () => {
    const path = await sampleDatabase();
    const release = await holdWriteLock(path);
    const { db, handlers } = createTestBackend(path, { busyTimeoutMs: 100 });
    try {
      // Reading still works under WAL; writing waits, then says why it failed.
      expect(await dispatch(handlers, 'documents.list', {})).toMatchObject({ ok: true, value: { total: 5 } });
      const blocked = await dispatch(handlers, 'documents.setStatus', { id: 1, status: 'done' });
      expect(blocked).toMatchObject({ ok: false, error: { code: 'DB_UNAVAILABLE' } });
      if (!blocked.ok) expect(blocked.error.message).toMatch(/locked by another process/);
      await release();
      expect(await dispatch(handlers, 'documents.setStatus', { id: 1, status: 'done' })).toMatchObject({
        ok: true,
      });
    } finally {
      closeDatabase(db);
    }
  });

  it('reports a damaged database clearly and leaves the file as it was', async () => {
    const path = await sampleDatabase();
    // Scribble over everything after the first page, keeping the header valid.
    const fd = openSync(path, 'r+');
    const noise = Buffer.from(Array.from({ length: 16384 }, (_, i) => (i * 131 + 7) % 256));
    writeSync(fd, noise, 0, noise.length, 4096);
    closeSync(fd);
    const before = digest(path);
    let message = '';
    try {
      const { db, handlers } = createTestBackend(path);
      const reply = await dispatch(handlers, 'documents.list', {});
      if (!reply.ok) message = reply.error.message;
      db.close();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/damaged|malformed|not a database/);
    expect(digest(path)).toBe(before);
  });
});
