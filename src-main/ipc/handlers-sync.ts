import { appSync } from '../sync/app-sync.ts';
import type { SyncResponses } from './contract-sync.ts';
import type { Handlers } from './handlers.ts';
import type { Services } from './services.ts';

/** The team server's part of the handler table; a sync waits for no import (`writing` refuses it). */
export function syncHandlers(
  services: Services,
  writing: <T>(fn: () => T) => T,
): Pick<Handlers, keyof SyncResponses> {
  const team = appSync(services.db, services.settings, services.passwords, (check) => writing(check));
  return {
    'sync.setting': () => team.setting(),
    'sync.configure': (r) => team.configure(r),
    'sync.status': () => team.status(),
    'sync.now': () => team.now(),
  };
}
