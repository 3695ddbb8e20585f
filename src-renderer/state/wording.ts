import type { DocumentStatus } from '../../src-main/db/model.ts';
import { plural } from '../../src-main/text/plural.ts';

/** How a document's status reads in the list, the filters and the status buttons. */
export const STATUS_TEXT: Record<DocumentStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  done: 'Done',
};

/**
 * Made once: `toLocaleString` with a locale builds a new formatter on every
 * call. Figures are grouped the Dutch way (100.000), as the corpus is Dutch;
 * the words are English, and so are their plural rules.
 */
const NUMBER = new Intl.NumberFormat('nl-NL');

/**
 * A count with its noun, by the CLI's plural rule (src-main/text/plural.ts):
 * "1 document", "2 documents", "0 documents". `other` for nouns that do not just add -s.
 */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${NUMBER.format(n)} ${plural(n, one, other)}`;
}
