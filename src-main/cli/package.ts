/** `annotator package`: a work package for one annotator (corpus/package.ts). */
import { readFileSync } from 'node:fs';
import { annotatorNameProblem } from '../db/annotator-name.ts';
import type { DocumentStatus } from '../db/model.ts';
import { writePackage, type PackageSelection } from '../corpus/package.ts';
import { counted } from '../text/plural.ts';
import { errorMessage } from '../text/error-message.ts';
import { withCorpus, type Io } from './commands.ts';
import { CliError } from './usage.ts';

export interface PackageCliOptions {
  db: string;
  annotator: string | undefined;
  status: DocumentStatus | undefined;
  ids: string | undefined;
  sample: string | undefined;
  seed: string | undefined;
  out: string | undefined;
}

function readIds(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`--ids: cannot read ${path}: ${errorMessage(e)}`);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function selection(o: PackageCliOptions): PackageSelection {
  if (o.ids !== undefined && o.sample !== undefined) throw new CliError('give --ids or --sample, not both');
  if (o.seed !== undefined && o.sample === undefined) throw new CliError('--seed goes with --sample');
  if (o.ids !== undefined) return { kind: 'ids', ids: readIds(o.ids) };
  if (o.sample === undefined) return { kind: 'all' };
  if (!/^[1-9][0-9]*$/.test(o.sample))
    throw new CliError('--sample must be a whole number of documents (1 or more)');
  return { kind: 'sample', size: Number(o.sample), seed: o.seed ?? '0' };
}

export async function runPackage(o: PackageCliOptions, io: Io): Promise<number> {
  if (o.annotator === undefined) throw new CliError('package needs --annotator NAME');
  const bad = annotatorNameProblem(o.annotator);
  if (bad !== null) throw new CliError(`--annotator: ${bad}`);
  if (o.out === undefined || o.out === '-') throw new CliError('package needs --out FILE (a new .db file)');
  const chosen = selection(o);
  const { out, annotator } = o;
  const summary = await withCorpus(o.db, (db) =>
    writePackage(db, { annotator, status: o.status, selection: chosen, out }),
  );
  io.out.write(
    `packaged ${counted(summary.documents, 'document')} with ${counted(summary.spans, 'span')} for ${annotator} to ${out}\n`,
  );
  return 0;
}
