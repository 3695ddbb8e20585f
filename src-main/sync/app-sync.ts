/**
 * The team server as the app uses it: its settings, the password from the
 * password store, one sync at a time through the CLI's own entry point
 * (connect + sync.ts), and the status the window shows. Runs where the
 * handlers run: the database thread, never Electron's main thread.
 */
import type { Db } from '../db/connection.ts';
import { AppError } from '../db/errors.ts';
import type { PasswordKept, PasswordStore } from '../settings/passwords.ts';
import type { SettingsStore } from '../settings/settings.ts';
import type { SyncInterval } from '../settings/sync-interval.ts';
import { loginUrl, splitServerUrl, type TeamFile } from '../settings/team-setting.ts';
import { errorMessage } from '../text/error-message.ts';
import { connect, serverName } from './connect.ts';
import { changedSince, logMark, pendingChanges } from './pending.ts';
import { problemOf, type SyncProblem } from './problems.ts';
import { readState } from './state.ts';
import { sync } from './sync.ts';
import { say } from '../text/messages/say.ts';

/** What the Team settings dialog shows; never the password. */
export interface TeamSettingView {
  /** The server URL as kept (no user, no password), or null when none is set. */
  server: string | null;
  user: string;
  every: SyncInterval;
  password: PasswordKept;
  /** Whether "remember the password" can be offered: only when the keychain encrypts. */
  canRemember: boolean;
}

export interface TeamSettingInput {
  /** postgres://host:port/database, with sslmode and other libpq settings in its query. */
  server: string;
  /** The login; when empty, the one in the URL. */
  user: string;
  /** A new password; empty keeps the one kept for the same server and login. */
  password: string;
  remember: boolean;
  every: SyncInterval;
}

export interface SyncStatus {
  /** user@host:port/database, or null when no server is set. */
  server: string | null;
  lastSync: string | null;
  /** Changes made here that the server has not been sent yet. */
  pending: number;
  /** No password is kept for this session: the window asks for it. */
  needsPassword: boolean;
  every: SyncInterval;
  /** The last sync's failure, or null when it went through. */
  problem: SyncProblem | null;
}

export interface SyncOutcome {
  status: SyncStatus;
  /** Whether this call synced (false: it failed; `status.problem` says why). */
  synced: boolean;
  pushed: number;
  pulled: number;
  documentsPulled: number;
  /** Changes of layers this login may not write, kept here and not sent. */
  notYours: number;
  /** Pulled changes that could not be applied here. */
  notApplied: number;
  /** The documents the pull changed: the window reads their other layers again. */
  changedDocuments: number[];
}

export interface AppSync {
  setting(): Promise<TeamSettingView>;
  configure(input: TeamSettingInput): Promise<TeamSettingView>;
  status(): Promise<SyncStatus>;
  /** Syncs now; a call while one runs joins it. */
  now(): Promise<SyncOutcome>;
}

/** The password slot inside the team setting (settings.json), for the keychain store. */
export function sealedSlot(settings: SettingsStore) {
  return {
    read: () => settings.team()?.sealed ?? null,
    write: (sealed: string | null) => {
      const team = settings.team();
      if (!team) return;
      settings.setTeam({ ...team, sealed: sealed ?? undefined });
    },
  };
}

/** A failed sync's counts: nothing went either way. */
const nothingMoved = (): Omit<SyncOutcome, 'status' | 'synced'> => ({
  pushed: 0,
  pulled: 0,
  documentsPulled: 0,
  notYours: 0,
  notApplied: 0,
  changedDocuments: [],
});

/**
 * `guard` throws while another writer must not be joined (an import's long
 * transaction): handlers.ts's `writing`.
 */
export function appSync(
  db: Db,
  settings: SettingsStore,
  passwords: PasswordStore,
  guard: (check: () => void) => void,
): AppSync {
  let problem: SyncProblem | null = null;
  let running: Promise<SyncOutcome> | null = null;

  const nameOf = (team: TeamFile) => serverName(loginUrl(team));

  const status = async (): Promise<SyncStatus> => {
    const team = settings.team();
    if (!team) return { server: null, lastSync: null, pending: 0, needsPassword: false, every: 0, problem };
    const name = nameOf(team);
    return {
      server: name,
      lastSync: readState(db, name).lastSync,
      pending: pendingChanges(db, name),
      needsPassword: (await passwords.get()) === null,
      every: team.every,
      problem,
    };
  };

  const failed = async (p: SyncProblem): Promise<SyncOutcome> => {
    problem = p;
    const now = await status();
    return { status: now, synced: false, ...nothingMoved() };
  };

  const run = async (): Promise<SyncOutcome> => {
    const team = settings.team();
    if (!team) return failed({ kind: 'no-server', detail: 'no team server is set' });
    const password = await passwords.get();
    if (password === null) return failed({ kind: 'no-password', detail: 'no password for this session' });
    try {
      guard(() => undefined);
    } catch (e) {
      return failed({ kind: 'busy', detail: errorMessage(e) });
    }
    const url = loginUrl(team);
    const mark = logMark(db);
    try {
      const server = await connect(url, password);
      try {
        const report = await sync(db, server, url);
        problem = null;
        return {
          status: await status(),
          synced: true,
          pushed: report.pushed,
          pulled: report.pulled,
          documentsPulled: report.documentsPulled,
          notYours: report.notYours,
          notApplied: report.problems.length,
          changedDocuments: changedSince(db, mark),
        };
      } finally {
        await server.end().catch(() => undefined);
      }
    } catch (e) {
      return failed(problemOf(e));
    }
  };

  const setting = async (): Promise<TeamSettingView> => {
    const team = settings.team();
    return {
      server: team?.server ?? null,
      user: team?.user ?? '',
      every: team?.every ?? 0,
      password: await passwords.kept(),
      canRemember: await passwords.canRemember(),
    };
  };

  return {
    setting,
    status,
    configure: async (input) => {
      const typed = splitServerUrl(input.server);
      const user = input.user.trim() || typed.user;
      if (!user) throw new AppError('VALIDATION', say('refusals.team.noUser'));
      const before = settings.team();
      const next: TeamFile = { server: typed.server, user, every: input.every };
      const sameLogin = before !== null && before.server === next.server && before.user === user;
      const password = input.password || typed.password;
      settings.setTeam(sameLogin && before.sealed ? { ...next, sealed: before.sealed } : next);
      if (password) await passwords.put(password, input.remember);
      else if (!sameLogin) await passwords.forget();
      else if (!input.remember && (await passwords.kept()) === 'remembered') {
        // Unticking "remember" keeps the password for this session only.
        const current = await passwords.get();
        if (current !== null) await passwords.put(current, false);
      }
      if (!sameLogin) problem = null;
      return setting();
    },
    now: () => {
      running ??= run().finally(() => (running = null));
      return running;
    },
  };
}
