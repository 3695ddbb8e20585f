/**
 * The team sync's sentences that are built from several parts or read
 * outside a component (the hint line); the words themselves are the `sync`
 * messages (i18n/en/sync.ts).
 */
import type { ProblemKind } from '../../src-main/sync/problems.ts';
import type { SyncStatus } from '../../src-main/sync/app-sync.ts';
import type { PasswordKept } from '../../src-main/settings/passwords.ts';
import type { SyncInterval } from '../../src-main/settings/sync-interval.ts';
import { formatTime } from '../i18n/format.ts';
import { i18n } from '../i18n/i18n.ts';

export const intervalWords = (n: SyncInterval): string =>
  ({
    0: i18n.t('sync:interval.off'),
    60: i18n.t('sync:interval.minute'),
    300: i18n.t('sync:interval.fiveMinutes'),
    900: i18n.t('sync:interval.fifteenMinutes'),
  })[n];

export const passwordKeptWords = (kept: PasswordKept): string =>
  ({
    remembered: i18n.t('sync:kept.remembered'),
    session: i18n.t('sync:kept.session'),
    none: i18n.t('sync:kept.none'),
  })[kept];

/** A failed sync in words: what happened, and what the user can do. */
export function problemWords(kind: ProblemKind, detail: string): string {
  const words: Record<ProblemKind, () => string> = {
    'no-server': () => i18n.t('sync:problem.noServer'),
    'no-password': () => i18n.t('sync:problem.noPassword'),
    unreachable: () => i18n.t('sync:problem.unreachable'),
    password: () => i18n.t('sync:problem.password'),
    'tls-required': () => i18n.t('sync:problem.tlsRequired'),
    'tls-unsupported': () => i18n.t('sync:problem.tlsUnsupported'),
    'tls-failed': () => i18n.t('sync:problem.tlsFailed'),
    'not-allowed': () => i18n.t('sync:problem.notAllowed'),
    'no-database': () => i18n.t('sync:problem.noDatabase'),
    permission: () => i18n.t('sync:problem.permission'),
    refused: () => i18n.t('sync:problem.refused', { detail }),
    busy: () => i18n.t('sync:problem.busy'),
    other: () => i18n.t('sync:problem.other', { detail }),
  };
  return words[kind]();
}

export const pendingWords = (n: number): string => i18n.t('sync:pending', { count: n });

/** What a sync that went through brought, for the hint line. */
export function syncedWords(o: {
  pushed: number;
  pulled: number;
  notYours: number;
  notApplied: number;
}): string {
  const sent = i18n.t('sync:changes', { count: o.pushed });
  const received = i18n.t('sync:changes', { count: o.pulled });
  const notes = [
    ...(o.notYours ? [i18n.t('sync:notYours', { count: o.notYours })] : []),
    ...(o.notApplied ? [i18n.t('sync:notApplied', { count: o.notApplied })] : []),
  ];
  return notes.length === 0
    ? i18n.t('sync:synced', { sent, received })
    : i18n.t('sync:syncedWithNotes', { sent, received, notes: notes.join('; ') });
}

/** The status line's sync state: syncing, a password wanted, the last failure, or the last sync. */
export function syncStateWords(status: SyncStatus, running: boolean): string {
  if (running) return i18n.t('sync:syncing');
  if (status.needsPassword) return i18n.t('sync:enterPassword');
  if (status.problem) return problemWords(status.problem.kind, status.problem.detail);
  if (status.lastSync === null) return i18n.t('sync:never');
  return i18n.t('sync:lastSync', { time: formatTime(new Date(status.lastSync)) });
}
