import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { createCrashDatabase, readHistory } from '../../crash/fixture.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { waitFor } from '../../helpers/wait.ts';

const CHILD = join(import.meta.dirname, '../../crash/child.ts');

/** write(2)'s number by CPU, as /proc/PID/syscall shows the call a process is blocked in (Linux). */
const WRITE_BY_ARCH: Partial<Record<string, number>> = { x64: 1, arm64: 64 };
const WRITE = process.platform === 'linux' ? WRITE_BY_ARCH[process.arch] : undefined;

/** The process sleeps in write(2) to its stdout: the reader has let the pipe fill up. */
const blockedWritingStdout = (pid: number) =>
  readFileSync(`/proc/${pid}/syscall`, 'utf8').startsWith(`${WRITE} 0x1 `);

// Elsewhere nothing shows the child blocked on its full stdout, and a fixed wait would only guess.
describe.skipIf(WRITE === undefined)('crash child', () => {
  it('has told the parent of every committed change but the last, even when the parent reads slowly', async () => {
    const dbPath = join(tempDir(), 'crash.db');
    createCrashDatabase(dbPath);
    // synchronous = OFF makes commits fast enough to fill the 64 KiB pipe while nobody reads it.
    const child = spawn(process.execPath, [CHILD, dbPath, '3', '--synchronous', 'OFF'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.pause();
    const { pid } = child;
    if (pid === undefined) throw new Error('the crash child did not start');
    await waitFor('the crash child to block on its full stdout pipe', () => blockedWritingStdout(pid));
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
