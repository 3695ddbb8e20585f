/**
 * The messages between the main thread and the database thread (db-worker.ts).
 * Calls carry the renderer's raw payload: the worker validates it (dispatch.ts)
 * and answers with the same reply envelope the contract defines. The worker
 * asks the main thread for the native dialogs and the OS keychain (safeStorage),
 * which only it may use, and
 * hands it the events it pushes to the window.
 */
import type { ErrorCode } from '../db/errors.ts';
import type { EventName, Events, Reply } from '../ipc/contract.ts';
import type { Dialogs } from '../ipc/services.ts';
import type { Cipher } from '../settings/passwords.ts';

/** What the database thread starts from (its workerData). */
export interface BackendInit {
  dbPath: string;
  /** The name offered until the user chooses one (the OS user name). */
  annotator: string | null;
  /** The settings file (settings/settings.ts); null keeps settings in memory only. */
  settingsPath?: string | null;
  /** Folder of the bundled sample articles. */
  samplesDir: string;
}

/** What only the main thread may do, asked for by the database thread: native dialogs, the OS keychain. */
export type ShellCalls = Dialogs & Cipher;
export type DialogName = keyof ShellCalls;
type DialogArgs = { [D in DialogName]: Parameters<ShellCalls[D]> };
export type DialogAnswer = { [D in DialogName]: Awaited<ReturnType<ShellCalls[D]>> };

export type DialogRequest = {
  [D in DialogName]: { kind: 'dialog'; id: number; dialog: D; args: DialogArgs[D] };
}[DialogName];

export type EventMessage = { [E in EventName]: { kind: 'event'; event: E; payload: Events[E] } }[EventName];

export type ToWorker =
  | { kind: 'call'; id: number; method: string; payload: unknown }
  | { kind: 'dialog-answer'; id: number; answer: DialogAnswer[DialogName] }
  | { kind: 'dialog-failed'; id: number; message: string }
  /** Checkpoint and close the database, then stop serving. */
  | { kind: 'close' };

export type FromWorker =
  /** The database is open and calls are served; sent once, before anything else but `open-failed`. */
  | { kind: 'ready' }
  | { kind: 'open-failed'; error: { code: ErrorCode | null; message: string } }
  | { kind: 'reply'; id: number; reply: Reply<unknown> }
  | EventMessage
  | DialogRequest
  /** The load-time warm-up is over (error: why it stopped early, or null). */
  | { kind: 'warmed'; error: string | null }
  | { kind: 'closed' };
