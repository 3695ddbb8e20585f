import { ipcMain } from 'electron';
import { channelOf, methods } from '../ipc/contract.ts';
import type { Call } from '../backend/client.ts';
import { createInvokeHandler } from './invoke.ts';

/**
 * One channel per contract call; every call checks who is asking before
 * anything else, and each refusal is logged on stderr. Trusted calls go to
 * the database thread as they came.
 */
export function registerIpc(call: Call, rendererUrl: () => string): void {
  const log = (line: string) => console.error(line);
  for (const method of methods) {
    ipcMain.handle(channelOf(method), createInvokeHandler(call, method, rendererUrl, log));
  }
}
