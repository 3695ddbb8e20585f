/**
 * `annotator scheme export|import`: the annotation scheme as one JSON file
 * (see src-main/scheme/). Export writes stdout, or a file by the rules of
 * every --out; import lists every problem as `path: reason` and changes
 * nothing unless there is none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { openDatabase, closeDatabase } from '../db/connection.ts';
import { writeFileAtomically } from '../corpus/output-path.ts';
import { exportSchemeText } from '../scheme/export.ts';
import { importScheme, SchemeProblems } from '../scheme/import.ts';
import { formatProblem } from '../scheme/scheme.ts';
import { describeSchemeImport } from '../scheme/summary.ts';
import { errorMessage } from '../text/error-message.ts';
import { counted } from '../text/plural.ts';
import { removeDatabase, withCorpus, type Io } from './commands.ts';
import { CliError } from './usage.ts';

/** The options each scheme command takes; any other is refused rather than ignored. */
const OPTIONS = { export: ['db', 'out'], import: ['db'] } as const;
type SchemeCommand = keyof typeof OPTIONS;
const isSchemeCommand = (name: string | undefined): name is SchemeCommand =>
  name !== undefined && Object.hasOwn(OPTIONS, name);

export interface SchemeArgs {
  /** The arguments after `scheme`. */
  rest: string[];
  db: string | undefined;
  out: string | undefined;
  /** The names of the options given. */
  given: string[];
}

export async function runScheme(args: SchemeArgs, io: Io): Promise<number> {
  const [sub, ...files] = args.rest;
  if (!isSchemeCommand(sub))
    throw new CliError(`scheme needs export or import${sub ? `, not "${sub}"` : ''}; see --help`);
  const foreign = args.given.find((o) => !(OPTIONS[sub] as readonly string[]).includes(o));
  if (foreign !== undefined) throw new CliError(`--${foreign} is not an option of scheme ${sub}`);
  if (!args.db) throw new CliError(`scheme ${sub} needs --db PATH`);
  if (sub === 'export') {
    if (files.length) throw new CliError(`unexpected argument "${files[0]}"`);
    return runSchemeExport(args.db, args.out, io);
  }
  const [file, ...extra] = files;
  if (file === undefined) throw new CliError('scheme import needs the scheme file');
  if (extra.length) throw new CliError(`unexpected argument "${extra[0]}"`);
  return runSchemeImport(args.db, file, io);
}

function readSchemeFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${path} is a folder, not a scheme file`);
    throw new CliError(`cannot read ${path}: ${errorMessage(e)}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${path} is not UTF-8 text`);
  }
}

async function runSchemeExport(db: string, out: string | undefined, io: Io): Promise<number> {
  const text = await withCorpus(db, exportSchemeText);
  // `--out -` is stdout, as without --out.
  if (out === undefined || out === '-') {
    io.out.write(text);
    return 0;
  }
  writeFileAtomically(out, text);
  io.err(`exported the scheme to ${out}`);
  return 0;
}

/**
 * Imports into `db`, creating the database if needed (a new one starts from
 * the default scheme); a database this run created is removed again when
 * the file is refused.
 */
function runSchemeImport(db: string, file: string, io: Io): number {
  const text = readSchemeFile(file);
  const existed = existsSync(db);
  const handle = openDatabase(db);
  let imported = false;
  try {
    const result = importScheme(handle, text);
    imported = true;
    io.out.write(`${describeSchemeImport(result)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof SchemeProblems)) throw e;
    for (const problem of e.problems) io.err(formatProblem(problem));
    io.err(`annotator: nothing imported: ${counted(e.problems.length, 'problem')} in ${file}`);
    return 1;
  } finally {
    closeDatabase(handle);
    if (!existed && !imported) removeDatabase(db);
  }
}
