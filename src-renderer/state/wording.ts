import type { DocumentStatus } from '../../src-main/db/model.ts';

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
const RULES = new Intl.PluralRules('en');

/**
 * A count with its noun, by the language's plural rules: "1 document",
 * "2 documents", "0 documents". `plural` for nouns that do not just add -s.
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${NUMBER.format(n)} ${RULES.select(n) === 'one' ? singular : plural}`;
}
