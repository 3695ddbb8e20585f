/**
 * Runs in the page before the app: builds `window.annotator` with the real
 * preload code (createBridge), its transport posting to the server that
 * serves the page (connect.ts), which calls the real main-process handlers on
 * a real SQLite file. Calls and events share one WebSocket (wire.ts); events
 * are handed to `__annotatorEmit`, which a test may also call itself.
 */
import { createBridge } from '../../../src-main/preload/bridge.ts';
import { decode, encode, SOCKET_PATH } from './wire.ts';

interface HarnessWindow {
  __annotatorInvoke(channel: string, json: string): Promise<string>;
  __annotatorEmit(channel: string, json: string): void;
}

const host = window as unknown as Window & HarnessWindow;
const listeners = new Map<string, Set<(payload: unknown) => void>>();
const waiting = new Map<number, { resolve(json: string): void; reject(e: Error): void }>();
let calls = 0;
let connection: Promise<WebSocket> | null = null;
/** The socket once it is open. */
let open: WebSocket | null = null;

/** Connects on the first call: init scripts also run in about:blank, which has no server. */
function connect(): Promise<WebSocket> {
  connection ??= new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://${location.host}${SOCKET_PATH}`);
    socket.onopen = () => {
      open = socket;
      resolve(socket);
    };
    socket.onerror = () => reject(new Error('harness: cannot reach the test server'));
    socket.onclose = () => {
      open = null;
      for (const call of waiting.values()) call.reject(new Error('harness: the test server went away'));
      waiting.clear();
    };
    socket.onmessage = (e: MessageEvent<string>) => {
      const m = decode(e.data);
      if (m.kind === 'event') host.__annotatorEmit(m.channel, m.body);
      else if (m.kind === 'reply' || m.kind === 'fail') {
        const call = waiting.get(m.id);
        waiting.delete(m.id);
        if (m.kind === 'reply') call?.resolve(m.body);
        else call?.reject(new Error(`harness: call failed: ${m.body}`));
      }
    };
  });
  return connection;
}

function send(socket: WebSocket, channel: string, json: string): Promise<string> {
  const id = ++calls;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    socket.send(encode({ kind: 'call', id, method: channel.replace(/^annotator:/, ''), body: json }));
  });
}

// Sent at once when the socket is open, as Electron's IPC sends a call: waiting
// a microtask for it would put the call behind whatever the page queued first
// (React's render after a keystroke, in the filter benchmark).
host.__annotatorInvoke = (channel, json) =>
  open ? send(open, channel, json) : connect().then((socket) => send(socket, channel, json));
host.__annotatorEmit = (channel, json) => {
  const payload: unknown = JSON.parse(json);
  listeners.get(channel)?.forEach((l) => l(payload));
};
host.annotator = createBridge({
  invoke: async (channel, payload) =>
    JSON.parse(
      await host.__annotatorInvoke(channel, payload === undefined ? '' : JSON.stringify(payload)),
    ) as unknown,
  subscribe: (channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  },
});
