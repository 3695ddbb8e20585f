/**
 * The app's scheme import and export: a file the user picked, or a scheme
 * that comes with the app. Problems come back as data, every one of them,
 * so the window can list them as the CLI does.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../db/connection.ts';
import { AppError } from '../db/errors.ts';
import { writeFileAtomically } from '../corpus/output-path.ts';
import { systemErrorText } from '../text/system-error.ts';
import { exportSchemeText } from './export.ts';
import { importScheme, SchemeProblems } from './import.ts';
import { formatProblem, problemText } from './scheme.ts';
import { english, type MainText, say } from '../text/messages/say.ts';
import { schemeImportText } from './summary.ts';
import type { SchemeImportResult } from './import.ts';

/**
 * A scheme import's outcome as data: what it did with its one-line summary,
 * or every problem as `path: reason` (and then nothing was changed).
 */
export type SchemeImportReply =
  /** `text` says the summary as data, for the window's language. */
  | ({ imported: true; summary: string; text: MainText } & SchemeImportResult)
  /** `texts` says each problem as data, for the window's language. */
  | { imported: false; problems: string[]; texts: MainText[] };

/**
 * Where the bundled schemes are: beside the sample articles, in the checkout
 * (resources/) and in the packaged app (electron-builder's extraResources) alike.
 */
export const bundledSchemePath = (samplesDir: string, name: string): string =>
  join(dirname(samplesDir), 'schemes', `${name}.json`);

export function importSchemeFile(db: Db, path: string): SchemeImportReply {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (e) {
    const reason = e instanceof TypeError ? say('check.notUtf8') : systemErrorText(e);
    throw new AppError('IO', say('check.cannotRead', { path, reason }));
  }
  try {
    const result = importScheme(db, text);
    const summary = schemeImportText(result);
    return { imported: true, summary: english(summary), text: summary, ...result };
  } catch (e) {
    if (e instanceof SchemeProblems)
      return { imported: false, problems: e.problems.map(formatProblem), texts: e.problems.map(problemText) };
    throw e;
  }
}

export function exportSchemeFile(db: Db, path: string): void {
  writeFileAtomically(path, exportSchemeText(db));
}
