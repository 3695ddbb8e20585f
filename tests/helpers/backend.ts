import { join } from 'node:path';
import { openDatabase, type Db, type OpenOptions } from '../../src-main/db/connection.ts';
import { createHandlers, type Handlers } from '../../src-main/ipc/handlers.ts';
import type { Dialogs, Services } from '../../src-main/ipc/services.ts';
import type { EventName, Events } from '../../src-main/ipc/contract.ts';

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
    annotator: 'tester',
    samplesDir: SAMPLES_DIR,
    dialogs,
    emit: (event, payload) => {
      events.push({ event, payload });
      forward?.(event, payload);
    },
  };
  return { db, handlers: createHandlers(services), events, dialogAnswers };
}
