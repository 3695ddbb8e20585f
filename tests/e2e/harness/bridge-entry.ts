/**
 * Runs in the page before the app: builds `window.annotator` with the real
 * preload code (createBridge), its transport posting to the server that
 * serves the page (connect.ts), which calls the real main-process handlers on
 * a real SQLite file. Events arrive through `__annotatorEmit`.
 */
import { createBridge } from '../../../src-main/preload/bridge.ts';
import { INVOKE_PATH } from './invoke-path.ts';

interface HarnessWindow {
  __annotatorInvoke(channel: string, json: string): Promise<string>;
  __annotatorEmit(channel: string, json: string): void;
}

const host = window as unknown as Window & HarnessWindow;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

host.__annotatorInvoke = async (channel, json) => {
  const method = channel.replace(/^annotator:/, '');
  const response = await fetch(`${INVOKE_PATH}${encodeURIComponent(method)}`, { method: 'POST', body: json });
  if (!response.ok) throw new Error(`harness: ${method} failed: ${await response.text()}`);
  return response.text();
};
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
