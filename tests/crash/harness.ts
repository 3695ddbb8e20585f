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
import { closeDatabase, openDatabase } from '../../src-main/db/connection.ts';
import { insertDocument } from '../../src-main/db/documents.ts';
import type { Annotation } from '../../src-main/db/model.ts';
import { sha256Hex } from '../../src-main/text/hash.ts';
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
const TEXT =
  'De VS hebben momenteel 2.500 militairen in Irak 🇺🇸. Premier Mustafa al-Kazimi sprak in Washington met president Biden. '.repeat(
    20,
  );

interface HistoryRow {
  id: number;
  annotation_id: number;
  after: string | null;
}

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
  const setup = openDatabase(dbPath);
  insertDocument(setup, {
    externalId: 'crash-doc',
    title: null,
    published: null,
    source: null,
    text: TEXT,
    textSha256: sha256Hex(TEXT),
    meta: {},
    status: 'todo',
  });
  closeDatabase(setup);

  const figures: CrashFigures = {
    kills: 0,
    acknowledged: 0,
    lost: 0,
    integrityFailures: 0,
    committedUnacknowledged: 0,
    problems: [],
  };
  // Every change the database must hold, in history order.
  const expected: { annotationId: number; after: Annotation | null }[] = [];

  for (let round = 0; round < options.kills; round++) {
    const killAfter = 1 + Math.floor(rand() * (options.maxAcksBeforeKill ?? 120));
    const { acks, stderr } = await runChild(dbPath, (options.seed ?? 7) * 100_003 + round, killAfter, rand);
    figures.kills++;
    figures.acknowledged += acks.length;
    if (stderr.trim())
      figures.problems.push(`round ${round}: child wrote to stderr: ${stderr.trim().split('\n')[0]}`);

    const db = openDatabase(dbPath);
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') {
        figures.integrityFailures++;
        figures.problems.push(`round ${round}: integrity_check said ${String(integrity)}`);
      }
      const history = db
        .prepare('SELECT id, annotation_id, after FROM annotation_history ORDER BY id')
        .all() as HistoryRow[];
      const base = expected.length;
      for (const a of acks) expected.push({ annotationId: a.annotationId, after: a.after });
      const extra = history.length - expected.length;
      if (extra === 1) {
        // Killed after COMMIT but before the ack was printed: present and whole.
        const row = history[history.length - 1];
        if (row)
          expected.push({
            annotationId: row.annotation_id,
            after: row.after ? (JSON.parse(row.after) as Annotation) : null,
          });
        figures.committedUnacknowledged++;
      } else if (extra > 1) {
        figures.integrityFailures++;
        figures.problems.push(`round ${round}: ${extra} history rows nobody acknowledged`);
      }
      for (let i = base; i < expected.length; i++) {
        const want = expected[i];
        const row = history[i];
        const got = row
          ? {
              annotationId: row.annotation_id,
              after: row.after ? (JSON.parse(row.after) as Annotation) : null,
            }
          : undefined;
        if (!want || !isDeepStrictEqual(got, want)) {
          figures.lost++;
          if (figures.problems.length < 20)
            figures.problems.push(`round ${round}: change ${i} missing or different`);
        }
      }
      // Replaying the history must give exactly the annotations table.
      const replayed = new Map<number, Annotation>();
      for (const row of history) {
        if (row.after) replayed.set(row.annotation_id, JSON.parse(row.after) as Annotation);
        else replayed.delete(row.annotation_id);
      }
      const actual = db
        .prepare(
          `SELECT id, document_id AS documentId, label_id AS labelId, start, "end", annotator,
                  created_at AS createdAt, updated_at AS updatedAt FROM annotations ORDER BY id`,
        )
        .all() as Annotation[];
      const fromHistory = [...replayed.values()].sort((a, b) => a.id - b.id);
      if (!isDeepStrictEqual(actual, fromHistory)) {
        figures.integrityFailures++;
        figures.problems.push(`round ${round}: annotations and history disagree`);
      }
      const drift = db
        .prepare(
          `SELECT (SELECT annotation_count FROM documents WHERE id = 1) - (SELECT count(*) FROM annotations) AS documentDrift,
                  (SELECT sum(annotation_count) FROM labels) - (SELECT count(*) FROM annotations) AS labelDrift`,
        )
        .get() as { documentDrift: number; labelDrift: number };
      if (drift.documentDrift !== 0 || drift.labelDrift !== 0) {
        figures.integrityFailures++;
        figures.problems.push(`round ${round}: annotation counters drifted (${JSON.stringify(drift)})`);
      }
    } finally {
      // No checkpoint: the next child must also recover from a WAL left by a kill.
      db.close();
    }
    options.onRound?.(round, figures);
  }
  return figures;
}
