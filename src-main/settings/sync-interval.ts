/** How often the app syncs with the team server on its own, in seconds; 0: only when asked (Sync now). */
export const SYNC_INTERVALS = [0, 60, 300, 900] as const;
export type SyncInterval = (typeof SYNC_INTERVALS)[number];
