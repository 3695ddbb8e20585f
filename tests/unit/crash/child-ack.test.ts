import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { createCrashDatabase, readHistory } from '../../crash/fixture.ts';
import { tempDir } from '../../helpers/tmp.ts';

const CHILD = join(import.meta.dirname, '../../crash/child.ts');

describe('crash child', () => {
  it('has told the parent of every committed change but the last, even when the parent reads slowly', async () => {
    const dbPath = join(tempDir(), 'crash.db');
    createCrashDatabase(dbPath);
    // synchronous = OFF makes commits fast enough to fill the 64 KiB pipe while nobody reads it.
    const child = spawn(process.execPath, [CHILD, dbPath, '3', '--synchronous', 'OFF'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGKILL');
    let printed = '';
    child.stdout.on('data', (d: Buffer) => (printed += d.toString()));
    child.stdout.resume();
    await new Promise((resolve) => child.on('close', resolve));

    const acks = printed.split('\n').filter(Boolean).length;
    const db = openDatabase(dbPath);
    const committed = readHistory(db).length;
    closeDatabase(db);
    expect(acks).toBeGreaterThan(100);
    expect(committed - acks).toBeGreaterThanOrEqual(0);
    expect(committed - acks).toBeLessThanOrEqual(1);
  }, 30_000);
});
