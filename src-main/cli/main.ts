/**
 * The `annotator` command: import, export and stats over the same core as the
 * app, for scripted pipelines.
 */
import { parseArgs } from 'node:util';
import { AppError } from '../db/errors.ts';
import { errorMessage } from '../text/error-message.ts';
import {
  parseFormatOption,
  parseStatus,
  parseSuggestionsOption,
  runExport,
  runImport,
  runStats,
  type Io,
} from './commands.ts';
import { parseNameList, runAgreement } from './agreement.ts';
import { runScheme } from './scheme.ts';
import { parseLabels, runSuggest } from './suggest.ts';
import { runPackage } from './package.ts';
import { runServer, runSync } from './server.ts';
import { CliError, USAGE } from './usage.ts';

async function main(argv: string[], io: Io): Promise<number> {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    tokens: true,
    options: {
      db: { type: 'string' },
      'skip-invalid': { type: 'boolean', default: false },
      'create-labels': { type: 'boolean', default: false },
      format: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
      status: { type: 'string' },
      labels: { type: 'string' },
      suggestions: { type: 'string' },
      annotator: { type: 'string' },
      'replace-layers': { type: 'boolean', default: false },
      layer: { type: 'string' },
      ids: { type: 'string' },
      sample: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      annotators: { type: 'string' },
      server: { type: 'string' },
      adjudicator: { type: 'boolean', default: false },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    io.out.write(`${USAGE}\n`);
    return 0;
  }
  if (command === undefined)
    throw new CliError(
      'no command given (import, export, suggest, stats, scheme, agreement, package, server or sync); see --help',
    );
  if (
    !['import', 'export', 'suggest', 'stats', 'scheme', 'agreement', 'package', 'server', 'sync'].includes(
      command,
    )
  )
    throw new CliError(`unknown command "${command}"; see --help`);
  if (command !== 'server' && (values.adjudicator || values['password-stdin']))
    throw new CliError(
      `--${values.adjudicator ? 'adjudicator' : 'password-stdin'} is for server add-annotator only`,
    );
  if (command !== 'server' && command !== 'sync' && values.server !== undefined)
    throw new CliError('--server is for server and sync only');
  if (command === 'server') {
    if (values.db !== undefined) throw new CliError('server takes no --db');
    return runServer(
      {
        rest,
        server: values.server,
        adjudicator: values.adjudicator,
        passwordStdin: values['password-stdin'],
        stdin: process.stdin,
      },
      io,
    );
  }
  const db = values.db;
  if (command === 'scheme') {
    const given = tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
    return runScheme({ rest, db, out: values.out, given }, io);
  }
  if (!db) throw new CliError(`${command} needs --db PATH`);
  if (command !== 'package')
    for (const name of ['ids', 'sample', 'seed'] as const)
      if (values[name] !== undefined) throw new CliError(`--${name} is for package only`);
  if (command !== 'import' && rest.length) throw new CliError(`unexpected argument "${rest[0]}"`);
  if (command !== 'import' && values.report !== undefined) throw new CliError('--report is for import only');
  if (command !== 'agreement' && values.annotators !== undefined)
    throw new CliError('--annotators is for agreement only');
  if (command !== 'agreement' && command !== 'suggest' && values.labels !== undefined)
    throw new CliError('--labels is for agreement and suggest only');
  if (command !== 'export' && values.suggestions !== undefined)
    throw new CliError('--suggestions is for export only');
  if (command !== 'export' && values.layer !== undefined) throw new CliError('--layer is for export only');
  if (command !== 'import' && command !== 'package' && values.annotator !== undefined)
    throw new CliError('--annotator is for import and package only');
  if (command !== 'import' && values['replace-layers'])
    throw new CliError('--replace-layers is for import only');
  if (command === 'sync') return runSync(db, values.server, io);
  if (command === 'package') {
    return runPackage(
      {
        db,
        annotator: values.annotator,
        status: parseStatus(values.status),
        ids: values.ids,
        sample: values.sample,
        seed: values.seed,
        out: values.out,
      },
      io,
    );
  }
  switch (command) {
    case 'import':
      return runImport(
        db,
        rest,
        {
          skipInvalid: values['skip-invalid'],
          createLabels: values['create-labels'],
          report: values.report,
          annotator: values.annotator,
          replaceLayers: values['replace-layers'],
          format: values.format === undefined ? undefined : parseFormatOption(values.format),
        },
        io,
      );
    case 'export':
      return runExport(
        db,
        {
          format: values.format ?? 'jsonl',
          out: values.out,
          status: parseStatus(values.status),
          suggestions: parseSuggestionsOption(values.suggestions),
          layer: values.layer,
        },
        io,
      );
    case 'agreement':
      return runAgreement(
        db,
        {
          annotators: parseNameList('annotators', values.annotators),
          labels: parseNameList('labels', values.labels),
          json: values.json,
        },
        io,
      );
    case 'suggest':
      return runSuggest(db, { labels: parseLabels(values.labels), status: parseStatus(values.status) }, io);
    default:
      return runStats(db, values.json, io);
  }
}

/** One line on stderr, never a stack trace: the reason is for the person at the terminal. */
function reasonOf(e: unknown): string {
  if (e instanceof CliError || e instanceof AppError) return e.message;
  const err = e as { code?: unknown; message?: unknown };
  if (
    typeof err.code === 'string' &&
    err.code.startsWith('ERR_PARSE_ARGS') &&
    typeof err.message === 'string'
  ) {
    return err.message;
  }
  return errorMessage(e);
}

/**
 * stdout's failure, if it has had one. The export stops on it by itself (and
 * ends its worker threads); this only decides the exit: none when the reader
 * closed the pipe early (`| head` has what it wanted), 1 with the reason
 * otherwise. Never process.exit(): the process ends when its work has.
 */
let outputFailure: NodeJS.ErrnoException | null = null;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (outputFailure) return;
  outputFailure = e;
  if (e.code === 'EPIPE') return;
  process.stderr.write(`annotator: cannot write output: ${e.message}\n`);
  process.exitCode = 1;
});

main(process.argv.slice(2), { out: process.stdout, err: (line) => process.stderr.write(`${line}\n`) }).then(
  (code) => {
    if (!outputFailure) process.exitCode = code;
  },
  (e: unknown) => {
    // stdout's own failure, already told above.
    if (e === outputFailure) return;
    process.stderr.write(`annotator: ${reasonOf(e).split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
