import { ipcMain } from 'electron';
import { channelOf, methods } from '../ipc/contract.ts';
import type { Handlers } from '../ipc/handlers.ts';
import { createInvokeHandler } from './invoke.ts';

/**
 * One channel per contract call; every call checks who is asking before
 * anything else, and each refusal is logged on stderr.
 */
export function registerIpc(handlers: Handlers, rendererUrl: () => string): void {
  const log = (line: string) => console.error(line);
  for (const method of methods) {
    ipcMain.handle(channelOf(method), createInvokeHandler(handlers, method, rendererUrl, log));
  }
}
