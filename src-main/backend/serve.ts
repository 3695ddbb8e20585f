import type { MessagePort } from 'node:worker_threads';
import { closeDatabase, openDatabase, type Db } from '../db/connection.ts';
import { AppError } from '../db/errors.ts';
import { warmCache } from '../db/warm-cache.ts';
import { addsDocuments, textIndexer } from './text-indexer.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { stopRulesHelper } from '../suggest/rules-helper.ts';
import { createHandlers } from '../ipc/handlers.ts';
import { openSettings } from '../settings/settings.ts';
import { keychainPasswords, type Cipher } from '../settings/passwords.ts';
import { sealedSlot } from '../sync/app-sync.ts';
import type { Dialogs, Services } from '../ipc/services.ts';
import { errorMessage } from '../text/error-message.ts';
import type {
  BackendInit,
  DialogAnswer,
  DialogName,
  DialogRequest,
  FromWorker,
  ShellCalls,
  ToWorker,
} from './protocol.ts';

/**
 * The database thread's whole job: open the database (or say why it cannot),
 * then answer calls with the real handlers until told to close. Every SQL
 * statement of the app runs here, off the main thread.
 */
export function serveBackend(port: MessagePort, init: BackendInit): void {
  const post = (message: FromWorker) => port.postMessage(message);
  let db: Db;
  try {
    db = openDatabase(init.dbPath);
  } catch (e) {
    // db-error.ts words it for the user; the code tells a newer schema apart.
    post({
      kind: 'open-failed',
      error: { code: e instanceof AppError ? e.code : null, message: errorMessage(e) },
    });
    port.close();
    return;
  }

  const asked = new Map<number, { resolve: (answer: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  /** Asks the main thread to show a dialog; it answers with what that dialog returns (client.ts). */
  function ask<D extends DialogName>(
    dialog: D,
    ...args: Parameters<ShellCalls[D]>
  ): Promise<DialogAnswer[D]> {
    const request = { kind: 'dialog', id: nextId++, dialog, args } as DialogRequest;
    return new Promise((resolve, reject) => {
      asked.set(request.id, { resolve: (answer) => resolve(answer as DialogAnswer[D]), reject });
      post(request);
    });
  }
  const dialogs: Dialogs = {
    pickImportFiles: (kind) => ask('pickImportFiles', kind),
    pickImportFolder: () => ask('pickImportFolder'),
    pickExportPath: (defaultName, kind) => ask('pickExportPath', defaultName, kind),
  };
  // The keychain is the main thread's (Electron's safeStorage): asked like a dialog.
  const cipher: Cipher = {
    canEncrypt: () => ask('canEncrypt'),
    encrypt: (plain) => ask('encrypt', plain),
    decrypt: (sealed) => ask('decrypt', sealed),
  };
  const settings = openSettings(init.settingsPath ?? null, init.annotator);
  const emit: Services['emit'] = (event, payload) => post({ kind: 'event', event, payload } as FromWorker);
  const handlers = createHandlers({
    db,
    settings,
    passwords: keychainPasswords(cipher, sealedSlot(settings)),
    samplesDir: init.samplesDir,
    dialogs,
    emit,
  });
  // Imports store texts unindexed (migration 009): the index takes them in afterwards, between calls.
  const indexer = textIndexer(db, (progress) => emit('search.indexing', progress));

  const reply = (id: number, method: string, payload: unknown) =>
    void dispatch(handlers, method, payload).then((answer) => {
      if (addsDocuments(method)) indexer.start();
      try {
        post({ kind: 'reply', id, reply: answer });
      } catch (e) {
        post({
          kind: 'reply',
          id,
          reply: {
            ok: false,
            error: { code: 'INTERNAL', message: `${method}: the reply cannot be sent: ${errorMessage(e)}` },
          },
        });
      }
    });

  port.on('message', (message: ToWorker) => {
    switch (message.kind) {
      case 'call':
        // Someone is waiting on this call, and likely on the next: the index waits instead.
        indexer.giveWay();
        reply(message.id, message.method, message.payload);
        return;
      case 'dialog-answer':
      case 'dialog-failed': {
        const waiting = asked.get(message.id);
        asked.delete(message.id);
        if (message.kind === 'dialog-answer') waiting?.resolve(message.answer);
        else waiting?.reject(new Error(message.message));
        return;
      }
      case 'close':
        try {
          void stopRulesHelper();
          closeDatabase(db);
        } finally {
          post({ kind: 'closed' });
          port.close();
        }
        return;
    }
  });
  post({ kind: 'ready' });
  // While the window loads, not before it is asked for (warm-cache.ts).
  setImmediate(() =>
    warmCache(db)
      .then(
        () => post({ kind: 'warmed', error: null }),
        (e: unknown) => post({ kind: 'warmed', error: errorMessage(e) }),
      )
      .finally(() => indexer.start()),
  );
}
