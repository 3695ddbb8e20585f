/**
 * Power-loss test: runs the crash child under strace, which logs every
 * file-system syscall with the bytes written, then replays the log through
 * the persistence model and cuts the power at many points of it. Each cut
 * leaves only what the child had made durable; the database rebuilt from it
 * must open, pass its checks and hold every change acknowledged before the cut.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type Db, openDatabase } from '../../src-main/db/connection.ts';
import { type Change, consistencyProblems, createCrashDatabase, readHistory } from './fixture.ts';
import { PersistenceModel } from './persistence.ts';
import type { Ack } from './protocol.ts';
import { type FsEvent, STRACE_ARGS, parseStraceLog } from './strace-log.ts';

export interface PowerLossOptions {
  /** An empty folder to work in. */
  dir: string;
  seed?: number;
  /** Changes the child makes and acknowledges before it closes the database. */
  changes: number;
  /** Forced on the child's connection after the app opened it; by default the app's own setting. */
  synchronous?: string;
  /** Cuts at random points of the log, on top of the cuts at every ack and fsync. */
  randomCuts?: number;
}

export interface PowerLossFigures {
  acknowledged: number;
  /** Completed fsync and fdatasync calls on the database folder or its files. */
  fsyncs: number;
  cuts: number;
  /** Cuts after which an acknowledged change was missing or different: must be 0. */
  lost: number;
  /** Cuts that left a database that would not open, failed its checks, or held changes nobody made. */
  integrityFailures: number;
  problems: string[];
}

const CHILD = join(import.meta.dirname, 'child.ts');
const DB_NAME = 'crash.db';

async function traceChild(
  dbPath: string,
  logPath: string,
  options: PowerLossOptions,
): Promise<{ stdout: string }> {
  const childArgs = [CHILD, dbPath, String(options.seed ?? 1), '--changes', String(options.changes)];
  if (options.synchronous !== undefined) childArgs.push('--synchronous', options.synchronous);
  const child = spawn('strace', [...STRACE_ARGS, '-o', logPath, '--', process.execPath, ...childArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new Error('the power-loss test needs strace on the PATH (Debian: apt-get install strace)')
          : e,
      ),
    );
    child.on('close', resolve);
  });
  if (code !== 0)
    throw new Error(`traced child exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { stdout };
}

function makeRand(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => (state = (Math.imul(state, 22695477) + 1) >>> 0) / 2 ** 32;
}

export async function runPowerLossTest(options: PowerLossOptions): Promise<PowerLossFigures> {
  const rand = makeRand((options.seed ?? 1) * 7919);
  const folder = join(options.dir, 'disk');
  const cutFolder = join(options.dir, 'after-cut');
  const logPath = join(options.dir, 'strace.log');
  mkdirSync(folder);
  mkdirSync(cutFolder);
  createCrashDatabase(join(folder, DB_NAME));
  // What is in the folder before the child starts is durable: the test is about the child's writes.
  const before = new Map(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name))]));

  const { stdout } = await traceChild(join(folder, DB_NAME), logPath, options);
  const events = parseStraceLog(readFileSync(logPath, 'latin1'));
  const acks = stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Ack);

  const figures: PowerLossFigures = {
    acknowledged: acks.length,
    fsyncs: 0,
    cuts: 0,
    lost: 0,
    integrityFailures: 0,
    problems: [],
  };
  const problem = (text: string) => {
    if (figures.problems.length < 20) figures.problems.push(text);
  };

  const checkCut = (files: Map<string, Buffer>, acked: number, where: string) => {
    figures.cuts++;
    // Fresh files, not truncated ones: ext4 flushes a file truncated and written again.
    for (const name of readdirSync(cutFolder)) rmSync(join(cutFolder, name));
    for (const [name, content] of files) writeFileSync(join(cutFolder, name), content);
    if (!files.has(DB_NAME)) {
      figures.lost++;
      return problem(`${where}: the database file is gone`);
    }
    let db: Db;
    try {
      db = openDatabase(join(cutFolder, DB_NAME));
    } catch (e) {
      figures.integrityFailures++;
      return problem(`${where}: the database does not open: ${(e as Error).message}`);
    }
    try {
      const history = readHistory(db);
      // The history must be the acknowledged changes in order, plus at most the one
      // whose commit was durable when the power went, before its ack was printed.
      const firstWrong = history.findIndex((change, i) => !isDeepStrictEqual(change, ackedChange(acks[i])));
      const intact = firstWrong === -1 ? history.length : firstWrong;
      if (intact < acked) {
        figures.lost++;
        problem(`${where}: ${acked} changes acknowledged, the first ${intact} survived`);
      } else if (history.length > acked + 1 || firstWrong !== -1) {
        figures.integrityFailures++;
        problem(`${where}: history holds changes nobody acknowledged`);
      }
      for (const p of consistencyProblems(db, history)) {
        figures.integrityFailures++;
        problem(`${where}: ${p}`);
      }
    } catch (e) {
      figures.integrityFailures++;
      problem(`${where}: reading the database failed: ${(e as Error).message}`);
    } finally {
      // Closing checkpoints the scratch copy; it need not reach the disk.
      db.pragma('synchronous = OFF');
      db.close();
    }
  };

  // strace prints resolved paths.
  const model = new PersistenceModel(realpathSync(folder), before);
  const randomCuts = new Set(
    Array.from({ length: options.randomCuts ?? 0 }, () => Math.floor(rand() * events.length)),
  );
  let printed = '';
  let acked = 0;
  // A durable state not yet checked with everything pending lost. It is checked at the
  // next ack (most acks to demand of it) or, if none comes first, before the next fsync.
  let unchecked: string | null = null;
  const checkDurableState = (where: string) => {
    checkCut(model.cut(), acked, where);
    unchecked = null;
  };
  events.forEach((e, i) => {
    const durabilityPoint = isSync(e) && (e.kind === 'syncAll' || model.models(e.fd));
    if (durabilityPoint) {
      if (unchecked) checkDurableState(unchecked);
      // Just before an fsync completes the most is pending: keep a random part of it.
      checkCut(model.cut(rand), acked, `before fsync #${figures.fsyncs + 1} (some pending writes kept)`);
    }
    model.apply(e);
    if (durabilityPoint) unchecked = `after fsync #${++figures.fsyncs}`;
    if (e.kind === 'write' && e.fd === 1) {
      printed += e.data.toString();
      const nowAcked = printed.split('\n').length - 1;
      if (nowAcked > acked) {
        acked = nowAcked;
        checkDurableState(`after ack ${acked}`);
      }
    }
    if (randomCuts.has(i)) checkCut(model.cut(rand), acked, `at syscall ${i} (some pending writes kept)`);
  });
  if (unchecked) checkDurableState(unchecked);
  if (printed !== stdout)
    throw new Error('power-loss test: the acks in the strace log differ from what the child printed');
  rmSync(cutFolder, { recursive: true, force: true });
  return figures;
}

function isSync(
  e: FsEvent,
): e is Extract<FsEvent, { kind: 'fsync' }> | Extract<FsEvent, { kind: 'syncAll' }> {
  return e.kind === 'fsync' || e.kind === 'syncAll';
}

function ackedChange(ack: Ack | undefined): Change | undefined {
  return ack && { annotationId: ack.annotationId, after: ack.after };
}
