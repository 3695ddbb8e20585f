/**
 * Kill-and-verify loop for crash safety. Each round starts a child that edits
 * annotations as fast as it can, SIGKILLs it at a random moment, reopens the
 * database and checks that every acknowledged change is there and that the
 * annotations are exactly what the history says they are.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isDeepStrictEqual } from 'node:util';
import { openDatabase } from '../../src-main/db/connection.ts';
import { type Change, consistencyProblems, createCrashDatabase, readHistory } from './fixture.ts';
import type { Ack } from './protocol.ts';

export interface CrashFigures {
  kills: number;
  acknowledged: number;
  /** Acknowledged changes missing or different after a kill: must be 0. */
  lost: number;
  /** Rounds where integrity_check failed or history and annotations disagreed: must be 0. */
  integrityFailures: number;
  /** Changes committed in the instant between commit and acknowledgement: allowed. */
  committedUnacknowledged: number;
  problems: string[];
}

export interface CrashOptions {
  kills: number;
  dir: string;
  seed?: number;
  /** Acks to wait for before killing: a random number in [1, maxAcksBeforeKill]. */
  maxAcksBeforeKill?: number;
  onRound?: (round: number, figures: CrashFigures) => void;
}

const CHILD = join(import.meta.dirname, 'child.ts');
function runChild(
  dbPath: string,
  seed: number,
  killAfter: number,
  rand: () => number,
): Promise<{ acks: Ack[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dbPath, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let stderr = '';
    let killScheduled = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      acks.push(JSON.parse(line) as Ack);
      if (!killScheduled && acks.length >= killAfter) {
        killScheduled = true;
        // Somewhere inside the next few changes, not neatly between two.
        setTimeout(() => child.kill('SIGKILL'), Math.floor(rand() * 3));
      }
    });
    child.on('error', reject);
    child.on('close', () => resolve({ acks, stderr }));
  });
}

export async function runCrashTest(options: CrashOptions): Promise<CrashFigures> {
  let state = (options.seed ?? 7) >>> 0 || 7;
  const rand = () => (state = (Math.imul(state, 22695477) + 1) >>> 0) / 2 ** 32;
  const dbPath = join(options.dir, 'crash.db');
  createCrashDatabase(dbPath);

  const figures: CrashFigures = {
    kills: 0,
    acknowledged: 0,
    lost: 0,
    integrityFailures: 0,
    committedUnacknowledged: 0,
    problems: [],
  };
  // Every change the database must hold, in history order.
  const expected: Change[] = [];

  for (let round = 0; round < options.kills; round++) {
    const killAfter = 1 + Math.floor(rand() * (options.maxAcksBeforeKill ?? 120));
    const { acks, stderr } = await runChild(dbPath, (options.seed ?? 7) * 100_003 + round, killAfter, rand);
    figures.kills++;
    figures.acknowledged += acks.length;
    if (stderr.trim())
      figures.problems.push(`round ${round}: child wrote to stderr: ${stderr.trim().split('\n')[0]}`);

    const db = openDatabase(dbPath);
    try {
      const history = readHistory(db);
      const base = expected.length;
      for (const a of acks) expected.push({ annotationId: a.annotationId, after: a.after });
      const extra = history.length - expected.length;
      if (extra === 1) {
        // Killed after COMMIT but before the ack was printed: present and whole.
        const row = history[history.length - 1];
        if (row) expected.push(row);
        figures.committedUnacknowledged++;
      } else if (extra > 1) {
        figures.integrityFailures++;
        figures.problems.push(`round ${round}: ${extra} history rows nobody acknowledged`);
      }
      for (let i = base; i < expected.length; i++) {
        const want = expected[i];
        if (!want || !isDeepStrictEqual(history[i], want)) {
          figures.lost++;
          if (figures.problems.length < 20)
            figures.problems.push(`round ${round}: change ${i} missing or different`);
        }
      }
      for (const problem of consistencyProblems(db, history)) {
        figures.integrityFailures++;
        figures.problems.push(`round ${round}: ${problem}`);
      }
    } finally {
      // No checkpoint: the next child must also recover from a WAL left by a kill.
      db.close();
    }
    options.onRound?.(round, figures);
  }
  return figures;
}
