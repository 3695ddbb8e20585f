/**
 * Every word the team server's part of the window shows (Team settings,
 * the sync status, its errors), in one place for the translation.
 */
import type { ProblemKind } from '../../src-main/sync/problems.ts';
import type { SyncStatus } from '../../src-main/sync/app-sync.ts';
import type { PasswordKept } from '../../src-main/settings/passwords.ts';
import type { SyncInterval } from '../../src-main/settings/sync-interval.ts';
import { count } from '../state/wording.ts';

export const TEAM_WORDS = {
  dialogTitle: 'Team server',
  dialogIntro:
    'Your work syncs with the team’s PostgreSQL server: your layer goes up, the others’ come down. The team’s owner gives you the server’s address, your login and its password.',
  serverLabel: 'Server URL',
  serverHint: 'postgres://host:5432/database — add ?sslmode=require (or verify-full) for TLS.',
  userLabel: 'User',
  passwordLabel: 'Password',
  passwordKeptRemembered: 'Leave empty to keep the remembered password.',
  passwordKeptSession: 'Leave empty to keep the password entered this session.',
  rememberLabel: 'Remember the password (encrypted by the system’s keychain)',
  sessionOnly:
    'This system offers no keychain to encrypt the password: it is kept in memory until you quit, and asked for again next time.',
  everyLabel: 'Sync on its own',
  save: 'Save',
  saveAndSync: 'Save and sync',
  cancel: 'Cancel',
  syncNow: 'Sync now',
  settingsButton: 'Team…',
  settingsTitle: 'Team server settings',
  statusLabel: 'Team sync',
  notSet: 'Team: no server set',
  syncing: 'Syncing…',
  enterPassword: 'Team: enter your password',
  never: 'not synced yet',
} as const;

export const INTERVAL_WORDS: Record<SyncInterval, string> = {
  0: 'Off: only with Sync now',
  60: 'Every minute while online',
  300: 'Every 5 minutes while online',
  900: 'Every 15 minutes while online',
};

export const PASSWORD_KEPT_WORDS: Record<PasswordKept, string> = {
  remembered: 'A password is remembered (encrypted).',
  session: 'A password is kept for this session only.',
  none: 'No password kept yet.',
};

/** A failed sync in words: what happened, and what the user can do. */
export const PROBLEM_WORDS: Record<ProblemKind, string> = {
  'no-server': 'No team server is set: open Team settings.',
  'no-password': 'Enter your password in Team settings to sync.',
  unreachable:
    'Cannot reach the server (offline, or the address is wrong). Your work is kept and syncs later.',
  password: 'The server refused the login: wrong user name or password.',
  'tls-required': 'The server requires TLS: add ?sslmode=require to the server URL.',
  'tls-unsupported': 'The server does not offer TLS: ask its owner, or change sslmode in the URL.',
  'tls-failed': 'The TLS connection failed: the server’s certificate could not be verified.',
  'not-allowed': 'The server does not let this login connect from here (its pg_hba.conf).',
  'no-database': 'The server has no such database: check the end of the server URL.',
  permission: 'The server refused a change: this login may not write that layer (row-level security).',
  refused: 'The server refused the sync.',
  busy: 'An import is running: sync waits until it has finished.',
  other: 'The sync stopped.',
};

/** The time of the last sync, as the status line shows it. */
const clock = (iso: string): string =>
  new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

const syncedAt = (iso: string | null): string =>
  iso === null ? TEAM_WORDS.never : `last sync ${clock(iso)}`;

export const pendingWords = (n: number): string => `${count(n, 'change')} to send`;

/** What a sync that went through brought, for the hint line. */
export function syncedWords(o: {
  pushed: number;
  pulled: number;
  notYours: number;
  notApplied: number;
}): string {
  const parts = [`Synced: ${count(o.pushed, 'change')} sent, ${count(o.pulled, 'change')} received`];
  if (o.notYours) parts.push(`${count(o.notYours, 'change')} of layers this login may not write kept here`);
  if (o.notApplied) parts.push(`${count(o.notApplied, 'change')} could not be applied`);
  return `${parts.join('; ')}.`;
}

export const problemWords = (kind: ProblemKind, detail: string): string =>
  `${PROBLEM_WORDS[kind]}${kind === 'refused' || kind === 'other' ? ` (${detail})` : ''}`;

/** The status line's sync state: syncing, a password wanted, the last failure, or the last sync. */
export function syncStateWords(status: SyncStatus, running: boolean): string {
  if (running) return TEAM_WORDS.syncing;
  if (status.needsPassword) return TEAM_WORDS.enterPassword;
  if (status.problem) return problemWords(status.problem.kind, status.problem.detail);
  return `Team: ${syncedAt(status.lastSync)}`;
}
