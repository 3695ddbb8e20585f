import type { Call } from '../backend/client.ts';
import type { Reply } from '../ipc/contract.ts';
import { isTrustedSender, type FrameLike } from '../ipc/sender.ts';

/** The part of Electron's IpcMainInvokeEvent the guard reads. */
export interface InvokeEventLike {
  senderFrame: FrameLike | null;
}

/** The log line for one refused call: its code, the call, and the frame that made it. */
export function refusalLine(method: string, frame: FrameLike | null): string {
  const who = !frame
    ? 'a frame that is gone'
    : frame.parent === null
      ? frame.url
      : `a sub-frame at ${frame.url}`;
  return `annotator: FORBIDDEN_SENDER: refused ${method} from ${who}`;
}

/**
 * The function behind one `ipcMain.handle` channel. The sender is checked
 * before the payload is even parsed, so a foreign page learns nothing, not
 * even whether its request was well formed. Every refusal goes to `log`, one
 * line each: a foreign page calling in is an attack or a bug, and either
 * needs to be seen. A trusted call goes to `call` (the database thread, which
 * validates it). Pure: ipc-main.ts registers it.
 */
export function createInvokeHandler(
  call: Call,
  method: string,
  rendererUrl: () => string,
  log: (line: string) => void,
): (event: InvokeEventLike, payload: unknown) => Promise<Reply<unknown>> {
  return (event, payload) => {
    if (!isTrustedSender(event.senderFrame, rendererUrl())) {
      log(refusalLine(method, event.senderFrame));
      return Promise.resolve({
        ok: false,
        error: {
          code: 'FORBIDDEN_SENDER',
          message: `${method} refused: the caller is not the annotator's own page`,
        },
      });
    }
    return call(method, payload);
  };
}
