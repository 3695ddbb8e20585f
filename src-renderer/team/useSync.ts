import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SyncOutcome, SyncStatus } from '../../src-main/sync/app-sync.ts';
import { matches } from '../keys/match.ts';
import { api, call, messageOf } from '../state/api.ts';
import { useLatest } from '../state/useLatest.ts';
import { problemWords, syncedWords } from './sync-wording.ts';

/** The longest wait between timed syncs while the server cannot be reached. */
const MAX_BACKOFF_MS = 15 * 60_000;

interface Options {
  notify: (message: string) => void;
  /** A sync brought changes: the documents it changed, and whether new documents came. */
  onPulled: (outcome: SyncOutcome) => void;
  /** Changes whenever something is stored here: the pending count is read again. */
  changed: unknown;
}

export interface SyncView {
  /** Null until read. */
  status: SyncStatus | null;
  running: boolean;
}

/**
 * The team sync as the window drives it: the status (read again after each
 * stored change, so the pending count grows as the user works), Sync now
 * (the key table's `sync-now`, the status line's button, the menu), and a
 * timed sync while the browser says it is online. A sync that cannot reach
 * the server waits twice as long before the next try, up to 15 minutes;
 * work goes on meanwhile and is sent by the next sync that gets through.
 * Every sync runs in the database thread; the window only asks.
 */
export function useSync({ notify, onPulled, changed }: Options) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [running, setRunning] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine);
  const failures = useRef(0);
  const pulled = useLatest(onPulled);

  // Only the newest read or sync shows: an older reply landing late would show a stale count.
  const latest = useRef(0);
  const show = useCallback((next: SyncStatus, ask: number) => {
    if (ask === latest.current) setStatus(next);
  }, []);
  const readStatus = useCallback(() => {
    const ask = ++latest.current;
    return call(api().sync.status({})).then(
      (next) => show(next, ask),
      (e: unknown) => notify(`Could not read the sync status: ${messageOf(e)}`),
    );
  }, [notify, show]);
  useEffect(() => void readStatus(), [readStatus, changed]);

  const run = useCallback(
    async (byUser: boolean) => {
      setRunning(true);
      try {
        const ask = ++latest.current;
        const outcome = await call(api().sync.now({}));
        show(outcome.status, ask);
        // Changes stored while it ran count after it: read the status again.
        if (ask !== latest.current) void readStatus();
        const { problem } = outcome.status;
        if (outcome.synced) {
          failures.current = 0;
          if (byUser) notify(syncedWords(outcome));
          if (outcome.changedDocuments.length > 0 || outcome.documentsPulled > 0) pulled.current(outcome);
        } else if (problem) {
          failures.current = problem.kind === 'unreachable' ? failures.current + 1 : 0;
          if (byUser) notify(problemWords(problem.kind, problem.detail));
        }
      } catch (e) {
        notify(messageOf(e));
      } finally {
        setRunning(false);
      }
    },
    [notify, pulled, show, readStatus],
  );
  const syncNow = useCallback(() => void run(true), [run]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!matches(e, 'sync-now')) return;
      e.preventDefault();
      void run(true);
    };
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('keydown', onKey);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [run]);

  const every = status?.every ?? 0;
  const ready = status !== null && status.server !== null && !status.needsPassword;
  const lastSync = status?.lastSync ?? null;
  const problem = status?.problem?.kind ?? null;
  // Rescheduled after each sync (its result changes these), so the waits never stack up.
  useEffect(() => {
    if (!ready || every === 0 || !online || running) return;
    const wait = Math.min(every * 1000 * 2 ** failures.current, MAX_BACKOFF_MS);
    const timer = setTimeout(() => void run(false), wait);
    return () => clearTimeout(timer);
  }, [ready, every, online, running, run, lastSync, problem]);

  const view: SyncView = useMemo(() => ({ status, running }), [status, running]);
  return { view, syncNow, readStatus };
}

export type SyncControl = ReturnType<typeof useSync>;
