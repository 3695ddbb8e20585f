/**
 * `annotator server init|add-annotator` and `annotator sync`: the team
 * server from the command line (src-main/sync/).
 */
import { text } from 'node:stream/consumers';
import { addAnnotator, initServer } from '../sync/admin.ts';
import { connect, ServerError, serverName, type Server } from '../sync/connect.ts';
import { sync, type SyncReport } from '../sync/sync.ts';
import { counted } from '../text/plural.ts';
import type { Io } from './commands.ts';
import { withCorpus } from './commands.ts';
import { CliError } from './usage.ts';

/** How many of a sync's problems stderr shows. */
const SHOWN_PROBLEMS = 20;

async function withServer<T>(
  url: string | undefined,
  command: string,
  fn: (s: Server, url: string) => Promise<T>,
): Promise<T> {
  if (!url) throw new CliError(`${command} needs --server URL (postgres://user@host:port/database)`);
  serverName(url);
  const server = await connect(url);
  try {
    return await fn(server, url);
  } finally {
    await server.end().catch(() => undefined);
  }
}

export interface ServerCliOptions {
  rest: string[];
  server: string | undefined;
  adjudicator: boolean;
  passwordStdin: boolean;
  /** Where the new role's password is read from with --password-stdin. */
  stdin: NodeJS.ReadableStream;
}

export async function runServer(options: ServerCliOptions, io: Io): Promise<number> {
  const [sub, ...args] = options.rest;
  if (sub === 'init') {
    if (args.length) throw new CliError(`unexpected argument "${args[0]}"`);
    return withServer(options.server, 'server init', async (server, url) => {
      await initServer(server);
      io.out.write(`${serverName(url)}: annotator schema, team role and policies in place\n`);
      return 0;
    });
  }
  if (sub === 'add-annotator') {
    const [name, ...more] = args;
    if (name === undefined) throw new CliError("server add-annotator needs the annotator's NAME");
    if (more.length) throw new CliError(`unexpected argument "${more[0]}"`);
    if (!options.passwordStdin)
      throw new CliError(
        "server add-annotator needs --password-stdin: the new login's password, on standard input",
      );
    const password = (await text(options.stdin)).split(/\r?\n/)[0] ?? '';
    return withServer(options.server, 'server add-annotator', async (server) => {
      const done = await addAnnotator(server, { name, password, adjudicator: options.adjudicator });
      const writes = options.adjudicator ? `layers ${name} and gold` : `layer ${name}`;
      io.out.write(`${done} login ${name}, who writes ${writes}\n`);
      return 0;
    });
  }
  throw new CliError(
    sub === undefined
      ? 'server needs init or add-annotator'
      : `unknown server command "${sub}" (init or add-annotator)`,
  );
}

/** The one summary line of a sync. */
export function syncSummary(r: SyncReport): string {
  const parts = [
    `synced with ${r.server}`,
    `pushed ${counted(r.pushed, 'change')} and ${counted(r.documentsPushed, 'document')}`,
    `pulled ${counted(r.pulled, 'change')} and ${counted(r.documentsPulled, 'document')}`,
    r.scheme.version > 0
      ? `scheme version ${r.scheme.version}${r.scheme.pushed ? ' (sent)' : r.scheme.pulled ? ' (merged)' : ''}`
      : '',
    r.scheme.keptHere ? "scheme changes kept here (only adjudicators change the team's scheme)" : '',
    r.notYours ? `${counted(r.notYours, 'change')} of layers this login may not write left here` : '',
    r.unattributed ? `${counted(r.unattributed, 'change')} of unattributed spans left here` : '',
    r.unattributedStatus
      ? `${counted(r.unattributedStatus, 'status change')} of no layer left here (no annotator name set)`
      : '',
    r.retried ? `${counted(r.retried, 'earlier change')} applied on retry` : '',
    r.problems.length
      ? `${counted(r.problems.length, 'change')} not applied (kept, tried again on the next sync)`
      : '',
  ].filter(Boolean);
  return parts.join('; ');
}

/** Exit code 0 when everything pulled was applied, 3 when some could not be (listed on stderr). */
export async function runSync(db: string, url: string | undefined, io: Io): Promise<number> {
  // The database is checked before the server is called: a typo in --db creates nothing and costs no connection.
  return withCorpus(db, (handle) =>
    withServer(url, 'sync', async (server, serverUrl) => {
      let report: SyncReport;
      try {
        report = await sync(handle, server, serverUrl);
      } catch (e) {
        if (e instanceof ServerError) throw new CliError(e.message);
        throw e;
      }
      for (const problem of report.problems.slice(0, SHOWN_PROBLEMS)) io.err(`annotator: ${problem}`);
      if (report.problems.length > SHOWN_PROBLEMS)
        io.err(`annotator: and ${report.problems.length - SHOWN_PROBLEMS} more`);
      io.out.write(`${syncSummary(report)}\n`);
      return report.problems.length ? 3 : 0;
    }),
  );
}
