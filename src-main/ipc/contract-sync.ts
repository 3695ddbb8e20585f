/**
 * The team server's calls from the window (issue 24): its settings, the
 * sync status, and a sync now. The password goes in, never out. Part of
 * the one contract (contract.ts spreads them in).
 */
import { z } from 'zod';
import { SYNC_INTERVALS } from '../settings/sync-interval.ts';
import type { SyncOutcome, SyncStatus, TeamSettingView } from '../sync/app-sync.ts';

export const syncRequests = {
  'sync.setting': z.strictObject({}),
  /** The URL is checked in full where it is kept (team-setting.ts splitServerUrl). */
  'sync.configure': z.strictObject({
    server: z.string().min(1).max(2000),
    user: z.string().max(128),
    password: z.string().max(1000),
    remember: z.boolean(),
    every: z.literal(SYNC_INTERVALS),
  }),
  'sync.status': z.strictObject({}),
  'sync.now': z.strictObject({}),
};

export interface SyncResponses {
  'sync.setting': TeamSettingView;
  'sync.configure': TeamSettingView;
  'sync.status': SyncStatus;
  'sync.now': SyncOutcome;
}
