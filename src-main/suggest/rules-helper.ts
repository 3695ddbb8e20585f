/**
 * A second thread for one document's rules: while the database thread runs
 * the ACTOR rules over a long article, the helper runs NUMBER and TIME over
 * it, and the database thread then waits for their finds, blocking, so that
 * no other call runs in between: the suggestions are stored in the same
 * turn the call came in, as without the helper. Started by the load-time
 * warm-up (warm-cache.ts); until it has warmed up, or if it ever fails to
 * answer, the database thread runs every rule itself. Same finds either way.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { AttributeDef } from '../db/model.ts';
import type { ReadyCandidate, RunLabels } from '../db/suggestion-store.ts';
import type { RuleLabel } from './rules.ts';

/** The labels the helper runs; ACTOR stays with the database thread, which holds the corpus's names. */
export const HELPER_LABELS: readonly RuleLabel[] = ['NUMBER', 'TIME'];
/** The shared flags: the id of the last request answered, and 1 once the helper has warmed up. */
export const REPLIED = 0;
export const READY = 1;
/**
 * How long the database thread waits for an answer before it runs the
 * helper's rules itself: far longer than they take on a long article, so
 * only a stuck or dead helper is given up on.
 */
const WAIT_MS = 5000;

export interface HelperRequest {
  id: number;
  text: string;
  date: string | null;
  /** The run's labels the helper is to run, with their ids. */
  labels: RunLabels['labels'];
  /** The scheme's attributes (listAttributeDefs), which filter the rules' values. */
  defs: readonly AttributeDef[];
}

export interface HelperReply {
  id: number;
  ready: ReadyCandidate[];
}

/** The helper's file: the .ts beside this module from source, the built entry in out/main. */
function helperFile(): string {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return fileURLToPath(new URL(`./rules-helper-worker.${extension}`, import.meta.url));
}

interface Helper {
  thread: Worker;
  port: MessagePort;
  flags: Int32Array;
  lastId: number;
  usable: boolean;
}

let helper: Helper | null = null;

/**
 * Starts the helper on this thread, once; it stays for the thread's life and
 * holds no process open. Settles when it is ready, or could not start.
 */
export function startRulesHelper(): Promise<void> {
  const file = helperFile();
  if (helper || !existsSync(file)) return Promise.resolve();
  const { port1, port2 } = new MessageChannel();
  const flags = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const thread = new Worker(file, { workerData: { port: port2, flags }, transferList: [port2] });
  thread.unref();
  const started: Helper = { thread, port: port1, flags, lastId: 0, usable: true };
  // Between calls: a helper that failed is not asked again.
  thread.on('error', () => (started.usable = false));
  thread.on('exit', () => (started.usable = false));
  helper = started;
  return new Promise((resolve) => {
    thread.once('message', () => resolve());
    thread.once('error', () => resolve());
    thread.once('exit', () => resolve());
  });
}

/** Ends the helper (the database is closing). */
export function stopRulesHelper(): Promise<void> {
  const stopping = helper;
  helper = null;
  if (!stopping) return Promise.resolve();
  stopping.port.close();
  return stopping.thread.terminate().then(() => undefined);
}

/** A request the helper is working on; `wait` gives its finds, or null when it did not answer. */
export interface Asked {
  wait(): ReadyCandidate[] | null;
}

/**
 * Sends the helper the text, if it is up and warm and the run has labels
 * for it; null otherwise (the caller runs those labels itself).
 */
export function askHelper(
  text: string,
  date: string | null,
  labels: RunLabels['labels'],
  defs: readonly AttributeDef[],
): Asked | null {
  const h = helper;
  if (!h?.usable || Atomics.load(h.flags, READY) !== 1 || labels.length === 0) return null;
  const id = ++h.lastId;
  h.port.postMessage({ id, text, date, labels, defs } satisfies HelperRequest);
  return { wait: () => waitFor(h, id) };
}

function waitFor(h: Helper, id: number): ReadyCandidate[] | null {
  const until = performance.now() + WAIT_MS;
  for (let seen = Atomics.load(h.flags, REPLIED); seen < id; seen = Atomics.load(h.flags, REPLIED)) {
    const left = until - performance.now();
    if (left <= 0 || Atomics.wait(h.flags, REPLIED, seen, left) === 'timed-out') {
      h.usable = false;
      return null;
    }
  }
  // Replies come in request order; one to a request given up on is skipped.
  for (let m = receiveMessageOnPort(h.port); m; m = receiveMessageOnPort(h.port)) {
    const reply = m.message as HelperReply;
    if (reply.id === id) return reply.ready;
  }
  h.usable = false;
  return null;
}
