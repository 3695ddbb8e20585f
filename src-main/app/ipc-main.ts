import { ipcMain } from 'electron';
import { channelOf, methods } from '../ipc/contract.ts';
import type { Handlers } from '../ipc/handlers.ts';
import { createInvokeHandler } from './invoke.ts';

/** One channel per contract call; every call checks who is asking before anything else. */
export function registerIpc(handlers: Handlers, rendererUrl: () => string): void {
  for (const method of methods) {
    ipcMain.handle(channelOf(method), createInvokeHandler(handlers, method, rendererUrl));
  }
}
