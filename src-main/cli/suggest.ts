import type { DocumentStatus } from '../db/model.ts';
import { missingLabelMessage } from '../db/suggestion-store.ts';
import { suggestCorpus } from '../suggest/corpus-run.ts';
import { counted } from '../text/plural.ts';
import { withCorpus, type Io } from './commands.ts';
import { CliError } from './usage.ts';

/** `--labels NUMBER,TIME`: the names, in order, each once; undefined when not given. */
export function parseLabels(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((n) => n.trim());
  if (names.some((n) => n === ''))
    throw new CliError(`--labels takes names separated by commas, not "${value}"`);
  return [...new Set(names)];
}

/**
 * `annotator suggest`: stores the rules' suggestions for the whole corpus
 * (or the documents of one status) and prints one summary line.
 */
export async function runSuggest(
  db: string,
  options: { labels: string[] | undefined; status: DocumentStatus | undefined },
  io: Io,
): Promise<number> {
  const started = performance.now();
  const result = await withCorpus(db, (handle) => suggestCorpus(handle, options));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const perLabel = result.perLabel.map((p) => `${p.label} ${p.added}`).join(', ');
  io.out.write(
    `suggested ${counted(result.added, 'span')} in ${counted(result.documents, 'document')}` +
      `${perLabel ? ` (${perLabel})` : ''} in ${seconds} s\n`,
  );
  for (const label of result.missing) io.err(`annotator: ${label} left out: ${missingLabelMessage(label)}`);
  return 0;
}
