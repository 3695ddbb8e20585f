import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelOf, methods, type Reply } from '../ipc/contract.ts';
import { dispatch } from '../ipc/dispatch.ts';
import type { Handlers } from '../ipc/handlers.ts';
import { isTrustedSender } from '../ipc/sender.ts';

/** One channel per contract call; every call checks who is asking before anything else. */
export function registerIpc(handlers: Handlers, rendererUrl: () => string): void {
  for (const method of methods) {
    ipcMain.handle(
      channelOf(method),
      (event: IpcMainInvokeEvent, payload: unknown): Promise<Reply<unknown>> => {
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
      },
    );
  }
}
