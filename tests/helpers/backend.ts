import { join } from 'node:path';
import { openDatabase, type Db, type OpenOptions } from '../../src-main/db/connection.ts';
import { createHandlers, type Handlers } from '../../src-main/ipc/handlers.ts';
import type { Dialogs, Services } from '../../src-main/ipc/services.ts';
import { methods, type EventName, type Events, type Method } from '../../src-main/ipc/contract.ts';
import { startBackend, type Backend, type Call } from '../../src-main/backend/client.ts';
import { AppError } from '../../src-main/db/errors.ts';
import { openSettings } from '../../src-main/settings/settings.ts';
import { sessionPasswords } from '../../src-main/settings/passwords.ts';

export const SAMPLES_DIR = join(import.meta.dirname, '..', '..', 'resources', 'samples');

export interface TestBackend {
  db: Db;
  handlers: Handlers;
  events: { event: EventName; payload: Events[EventName] }[];
  /** What the next native dialog will answer; null means the user cancelled. */
  dialogAnswers: { files: string[] | null; folder: string | null; exportPath: string | null };
}

/** The real handlers on a real SQLite database; only the native dialogs are scripted. */
export function createTestBackend(
  path = ':memory:',
  openOptions: OpenOptions = {},
  forward?: <E extends EventName>(event: E, payload: Events[E]) => void,
  /** The settings file; null keeps them in memory. The name offered is always "tester". */
  settingsPath: string | null = null,
): TestBackend {
  const db = openDatabase(path, openOptions);
  const events: TestBackend['events'] = [];
  const dialogAnswers: TestBackend['dialogAnswers'] = { files: null, folder: null, exportPath: null };
  const dialogs: Dialogs = {
    pickImportFiles: async () => dialogAnswers.files,
    pickImportFolder: async () => dialogAnswers.folder,
    pickExportPath: async () => dialogAnswers.exportPath,
  };
  const services: Services = {
    db,
    settings: openSettings(settingsPath, 'tester'),
    // As the app where the keychain cannot encrypt (safeStorage cannot run here): asked each session.
    passwords: sessionPasswords(),
    samplesDir: SAMPLES_DIR,
    dialogs,
    emit: (event, payload) => {
      events.push({ event, payload });
      forward?.(event, payload);
    },
  };
  return { db, handlers: createHandlers(services), events, dialogAnswers };
}

/** Handlers with the contract's shape that forward to `call`, for tests that run the handler table themselves. */
export function handlersCalling(call: Call): Handlers {
  const forward = (method: Method) => async (request: unknown) => {
    const reply = await call(method, request);
    if (reply.ok) return reply.value;
    throw new AppError(reply.error.code, reply.error.message);
  };
  // Each entry answers with its own call's reply (the database thread runs the real table).
  return Object.fromEntries(methods.map((m) => [m, forward(m)])) as Handlers;
}

export interface WorkerTestBackend extends TestBackend {
  /** The database thread's client, as the app's main thread holds it. */
  client: Backend;
  /** Closes this process's connection, then the database thread's (checkpointed). */
  close(): Promise<void>;
}

/**
 * The backend as the app runs it: the real handlers on the database thread
 * (src-main/backend) behind its client, only the native dialogs scripted.
 * `db` is a connection of the test's own on the same file, for direct reads
 * and for setting up data (WAL lets both work side by side).
 */
export async function startWorkerBackend(
  path: string,
  forward?: <E extends EventName>(event: E, payload: Events[E]) => void,
  log: (line: string) => void = (line) => console.error(line),
): Promise<WorkerTestBackend> {
  const events: TestBackend['events'] = [];
  const dialogAnswers: TestBackend['dialogAnswers'] = { files: null, folder: null, exportPath: null };
  const client = await startBackend({
    dbPath: path,
    annotator: 'tester',
    samplesDir: SAMPLES_DIR,
    dialogs: {
      pickImportFiles: async () => dialogAnswers.files,
      pickImportFolder: async () => dialogAnswers.folder,
      pickExportPath: async () => dialogAnswers.exportPath,
    },
    emit: (event, payload) => {
      events.push({ event, payload });
      forward?.(event, payload);
    },
    log,
  });
  const db = openDatabase(path);
  return {
    db,
    handlers: handlersCalling(client.call),
    events,
    dialogAnswers,
    client,
    close: async () => {
      db.close();
      await client.close();
    },
  };
}
