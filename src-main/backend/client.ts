import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../db/errors.ts';
import type { EventName, Events, Method, Reply, RequestInput, ResponseOf } from '../ipc/contract.ts';
import type { Dialogs } from '../ipc/services.ts';
import type { Cipher } from '../settings/passwords.ts';
import { errorMessage } from '../text/error-message.ts';
import type { BackendInit, DialogAnswer, DialogRequest, FromWorker, ToWorker } from './protocol.ts';

/** How long quitting waits for the database thread to checkpoint and close. */
export const CLOSE_WAIT_MS = 10_000;

/** One contract call with the renderer's raw payload; the database thread validates it. */
export type Call = (method: string, payload: unknown) => Promise<Reply<unknown>>;

export interface BackendOptions extends BackendInit {
  /** The native pickers: shown by the main thread when the database thread asks. */
  dialogs: Dialogs;
  /** The OS keychain (safeStorage) that seals a remembered password; without it none is remembered. */
  cipher?: Cipher;
  /** Events for the window (import progress). */
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  /** One line for each thing the user does not see but someone should (the thread stopped). */
  log(line: string): void;
  /** Starts a database thread; tests pass their own to hold on to it. */
  spawn?: (init: BackendInit) => Worker;
}

export interface Backend {
  call: Call;
  /** A call typed by the contract. */
  request<M extends Method>(method: M, payload: RequestInput<M>): Promise<Reply<ResponseOf<M>>>;
  /** Settles once the load-time warm-up (filter index filled) is done. */
  warmed: Promise<void>;
  /** Checkpoints and closes the database, waiting at most `waitMs`, then ends the thread. */
  close(waitMs?: number): Promise<void>;
}

/**
 * The database thread's built file: out/main/db-worker.js beside every main
 * chunk (electron.vite.config.ts), or this folder's .ts run from source.
 */
export function backendWorkerFile(): string {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return fileURLToPath(new URL(`./db-worker.${extension}`, import.meta.url));
}

const spawnWorker = (init: BackendInit): Worker => new Worker(backendWorkerFile(), { workerData: init });

const unavailable = (message: string): Reply<never> => ({
  ok: false,
  error: { code: 'DB_UNAVAILABLE', message },
});

function openError(error: { code: ErrorCode | null; message: string }): Error {
  return error.code ? new AppError(error.code, error.message) : new Error(error.message);
}

/** Where no keychain is given: nothing is encrypted, so no password is remembered. */
const NO_CIPHER: Cipher = {
  canEncrypt: async () => false,
  encrypt: () => Promise.reject(new Error('no keychain to encrypt with')),
  decrypt: () => Promise.reject(new Error('no keychain to decrypt with')),
};

/** Answers a dialog request with the main thread's own pickers, or its keychain. */
function showDialog(
  dialogs: Dialogs,
  cipher: Cipher,
  request: DialogRequest,
): Promise<DialogAnswer[DialogRequest['dialog']]> {
  switch (request.dialog) {
    case 'canEncrypt':
      return cipher.canEncrypt();
    case 'encrypt':
      return cipher.encrypt(...request.args);
    case 'decrypt':
      return cipher.decrypt(...request.args);
    case 'pickImportFiles':
      return dialogs.pickImportFiles(...request.args);
    case 'pickImportFolder':
      return dialogs.pickImportFolder();
    case 'pickExportPath':
      return dialogs.pickExportPath(...request.args);
  }
}

/**
 * Starts the database thread and resolves once its database is open, or
 * rejects with the reason it could not be opened (an AppError where the core
 * raised one, for db-error.ts). A thread that stops on its own fails the
 * calls it had and is started again once; after a second stop every call is
 * answered DB_UNAVAILABLE at once.
 */
export function startBackend(options: BackendOptions): Promise<Backend> {
  const { dialogs, emit, log } = options;
  const cipher = options.cipher ?? NO_CIPHER;
  const init: BackendInit = {
    dbPath: options.dbPath,
    annotator: options.annotator,
    settingsPath: options.settingsPath ?? null,
    samplesDir: options.samplesDir,
  };
  const spawn = options.spawn ?? spawnWorker;
  const pending = new Map<number, (reply: Reply<unknown>) => void>();
  let nextId = 1;
  let restartsLeft = 1;
  let closing = false;
  let stopped: string | null = null;
  const warm = Promise.withResolvers<undefined>();
  // Awaited by some callers only; the others need not hear of a failed warm-up.
  warm.promise.catch(() => undefined);
  const opened = Promise.withResolvers<undefined>();
  let worker = start();

  function start(): Worker {
    const thread = spawn(init);
    let ready = false;
    let failure: Error | null = null;
    const post = (message: ToWorker) => thread.postMessage(message);
    thread.on('message', (message: FromWorker) => {
      switch (message.kind) {
        case 'ready':
          ready = true;
          opened.resolve(undefined);
          return;
        case 'open-failed':
          failure = openError(message.error);
          opened.reject(failure);
          return;
        case 'reply':
          pending.get(message.id)?.(message.reply);
          pending.delete(message.id);
          return;
        case 'event':
          emit(message.event, message.payload);
          return;
        case 'dialog':
          showDialog(dialogs, cipher, message).then(
            (answer) => post({ kind: 'dialog-answer', id: message.id, answer }),
            (e: unknown) => post({ kind: 'dialog-failed', id: message.id, message: errorMessage(e) }),
          );
          return;
        case 'warmed':
          if (message.error === null) warm.resolve(undefined);
          else warm.reject(new Error(`warm-up failed: ${message.error}`));
          return;
        case 'closed':
          return;
      }
    });
    thread.on('error', (e) => (failure ??= e));
    thread.once('exit', (code) => {
      if (closing) return;
      const why = failure ? errorMessage(failure) : `exit code ${code}`;
      opened.reject(
        failure ?? new Error(`the database thread stopped before it opened the database (${why})`),
      );
      const message = `the database thread stopped (${why})`;
      for (const answer of pending.values())
        answer(unavailable(`${message}; the change may not have been saved`));
      pending.clear();
      if (!ready || restartsLeft === 0) {
        stopped = message;
        log(`annotator: ${message}; every call fails from now on — restart the app`);
        return;
      }
      restartsLeft--;
      log(`annotator: ${message}; starting it again`);
      worker = start();
    });
    return thread;
  }

  const call: Call = (method, payload) => {
    if (stopped !== null || closing) {
      return Promise.resolve(unavailable(`${method}: ${stopped ?? 'the database is closing'}`));
    }
    const id = nextId++;
    return new Promise((resolve) => {
      try {
        worker.postMessage({ kind: 'call', id, method, payload } satisfies ToWorker);
        pending.set(id, resolve);
      } catch (e) {
        resolve({
          ok: false,
          error: { code: 'VALIDATION', message: `invalid ${method} request: ${errorMessage(e)}` },
        });
      }
    });
  };

  const backend: Backend = {
    call,
    // The database thread answers with the contract's own dispatch, so a reply has the call's type.
    request: (method, payload) => call(method, payload) as Promise<Reply<ResponseOf<typeof method>>>,
    warmed: warm.promise,
    close: async (waitMs = CLOSE_WAIT_MS) => {
      if (closing) return;
      closing = true;
      const thread = worker;
      const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
      const closed = new Promise<void>((resolve) =>
        thread.on('message', (m: FromWorker) => m.kind === 'closed' && resolve()),
      );
      for (const answer of pending.values()) answer(unavailable('the database is closing'));
      pending.clear();
      if (stopped === null) {
        thread.postMessage({ kind: 'close' } satisfies ToWorker);
        const timer = new Promise<'timeout'>((resolve) => setTimeout(resolve, waitMs, 'timeout').unref());
        if ((await Promise.race([closed, exited, timer])) === 'timeout') {
          log(`annotator: the database did not close within ${waitMs} ms; stopping its thread`);
        }
      }
      await thread.terminate();
    },
  };
  return opened.promise.then(() => backend);
}
