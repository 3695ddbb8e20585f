/**
 * Builds `window.annotator` from the contract. Pure: the transport is passed
 * in, so the same code runs in the Electron preload (ipcRenderer) and in the
 * browser end-to-end harness (a function exposed by Playwright).
 */
import {
  channelOf,
  eventChannelOf,
  methods,
  type AnnotatorApi,
  type EventName,
  type Events,
  type Method,
  type Reply,
} from '../ipc/contract.ts';
import { errorMessage } from '../text/error-message.ts';

export interface Transport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** Subscribes to a channel; returns the unsubscribe function. */
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

function asReply(value: unknown, method: Method): Reply<never> {
  if (typeof value === 'object' && value !== null && 'ok' in value) return value as Reply<never>;
  return { ok: false, error: { code: 'INTERNAL', message: `malformed reply to ${method}` } };
}

export function createBridge(transport: Transport): AnnotatorApi {
  const api: Record<string, Record<string, (request: unknown) => Promise<Reply<never>>>> = {};
  for (const method of methods) {
    const [namespace, name] = method.split('.') as [string, string];
    const group = (api[namespace] ??= {});
    group[name] = async (request: unknown) => {
      try {
        return asReply(await transport.invoke(channelOf(method), request), method);
      } catch (e) {
        // The main process is gone or refused the channel: still an answer the UI can show.
        return { ok: false, error: { code: 'INTERNAL', message: `${method} failed: ${errorMessage(e)}` } };
      }
    };
  }
  const on = <E extends EventName>(event: E, listener: (payload: Events[E]) => void): (() => void) =>
    transport.subscribe(eventChannelOf(event), (payload) => listener(payload as Events[E]));
  return Object.freeze({ ...api, on }) as unknown as AnnotatorApi;
}
