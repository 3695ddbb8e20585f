import type { Reply } from '../ipc/contract.ts';
import { dispatch } from '../ipc/dispatch.ts';
import type { Handlers } from '../ipc/handlers.ts';
import { isTrustedSender, type FrameLike } from '../ipc/sender.ts';

/** The part of Electron's IpcMainInvokeEvent the guard reads. */
export interface InvokeEventLike {
  senderFrame: FrameLike | null;
}

/**
 * The function behind one `ipcMain.handle` channel. The sender is checked
 * before the payload is even parsed, so a foreign page learns nothing, not
 * even whether its request was well formed. Pure: ipc-main.ts registers it.
 */
export function createInvokeHandler(
  handlers: Handlers,
  method: string,
  rendererUrl: () => string,
): (event: InvokeEventLike, payload: unknown) => Promise<Reply<unknown>> {
  return (event, payload) => {
    if (!isTrustedSender(event.senderFrame, rendererUrl())) {
      return Promise.resolve({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: `${method} refused: the caller is not the annotator's own page`,
        },
      });
    }
    return dispatch(handlers, method, payload);
  };
}
