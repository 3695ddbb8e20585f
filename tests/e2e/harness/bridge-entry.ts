/**
 * Runs in the page before the app: builds `window.annotator` with the real
 * preload code (createBridge), its transport wired to functions the test
 * exposes, which call the real main-process handlers on a real SQLite file.
 */
import { createBridge } from '../../../src-main/preload/bridge.ts';

interface HarnessWindow {
  __annotatorInvoke(channel: string, payload: unknown): Promise<unknown>;
  __annotatorEmit(channel: string, payload: unknown): void;
}

const host = window as unknown as Window & HarnessWindow;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

host.__annotatorEmit = (channel, payload) => listeners.get(channel)?.forEach((l) => l(payload));
host.annotator = createBridge({
  invoke: (channel, payload) => host.__annotatorInvoke(channel, payload),
  subscribe: (channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  },
});
