/**
 * Crash-test child: applies a long random sequence of annotation changes
 * through the same core functions the IPC handlers call, and prints one
 * acknowledgement line per committed change. The kill harness SIGKILLs it at
 * random; the power-loss harness gives it a number of changes to make, after
 * which it closes the database the way the app does on quit.
 *
 * usage: node tests/crash/child.ts DB_PATH SEED [--changes N] [--synchronous MODE]
 *
 * `--synchronous` overrides the app's setting after opening, so that the
 * power-loss test can show it catches a weaker setting; the app never reads it.
 */
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../../src-main/db/connection.ts';
import {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  redo,
  undo,
  updateAnnotation,
} from '../../src-main/db/annotations.ts';
import { listLabels } from '../../src-main/db/labels.ts';
import { AppError } from '../../src-main/db/errors.ts';
import { getDocument } from '../../src-main/db/documents.ts';
import type { Ack } from './protocol.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { changes: { type: 'string' }, synchronous: { type: 'string' } },
});
const [dbPath, seedArg] = positionals;
if (!dbPath) throw new Error('usage: child.ts DB_PATH SEED [--changes N] [--synchronous MODE]');
const maxChanges = values.changes === undefined ? Infinity : Number(values.changes);
if (maxChanges !== Infinity && !(Number.isInteger(maxChanges) && maxChanges >= 1))
  throw new Error('child.ts: --changes takes a whole number ≥ 1');
const synchronous = values.synchronous?.toUpperCase();
if (synchronous !== undefined && !['OFF', 'NORMAL', 'FULL', 'EXTRA'].includes(synchronous))
  throw new Error('child.ts: --synchronous takes OFF, NORMAL, FULL or EXTRA');
let state = Number(seedArg ?? 1) >>> 0 || 1;
const rand = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rand() * xs.length)];

const db = openDatabase(dbPath);
if (synchronous !== undefined) db.pragma(`synchronous = ${synchronous}`);
const documentId = 1;
const textLength = getDocument(db, documentId).text.length;
const labelIds = listLabels(db).map((l) => l.id);

// A blocking write on fd 1, so a printed ack is in the pipe before the next
// change starts. process.stdout queues in the process once the pipe is full,
// and a kill then loses acks for changes that committed.
let acknowledged = 0;
const ack = (a: Ack) => {
  writeSync(1, `${JSON.stringify(a)}\n`);
  acknowledged++;
};

function randomSpan(): { start: number; end: number } {
  const start = Math.floor(rand() * (textLength - 1));
  const end = Math.min(textLength, start + 1 + Math.floor(rand() * 40));
  return { start, end };
}

while (acknowledged < maxChanges) {
  const roll = rand();
  const existing = listAnnotations(db, documentId);
  try {
    if (roll < 0.45 || existing.length === 0) {
      const labelId = pick(labelIds) ?? 1;
      const a = createAnnotation(db, { documentId, labelId, ...randomSpan(), annotator: 'crash' });
      ack({ op: 'create', annotationId: a.id, after: a });
    } else if (roll < 0.65) {
      const target = pick(existing);
      if (!target) continue;
      const changes = rand() < 0.5 ? { labelId: pick(labelIds) ?? target.labelId } : randomSpan();
      const next = { ...target, ...changes };
      // An update that changes nothing writes no history row, so it is no change to acknowledge.
      if (next.labelId === target.labelId && next.start === target.start && next.end === target.end) continue;
      const a = updateAnnotation(db, target.id, changes);
      ack({ op: 'update', annotationId: a.id, after: a });
    } else if (roll < 0.8) {
      const target = pick(existing);
      if (!target) continue;
      deleteAnnotation(db, target.id);
      ack({ op: 'delete', annotationId: target.id, after: null });
    } else {
      const op = rand() < 0.6 ? 'undo' : 'redo';
      const step = op === 'undo' ? undo(db, documentId) : redo(db, documentId);
      // This writer changes annotations only; a status step cannot come up.
      if (step.action === 'status') continue;
      ack({ op, annotationId: step.annotationId, after: step.annotation });
    }
  } catch (e) {
    // Conflicts and empty undo stacks are ordinary outcomes of random edits.
    if (!(e instanceof AppError)) throw e;
  }
}
closeDatabase(db);
