import type { DocumentStatus } from '../../src-main/db/model.ts';
import { i18n } from './i18n.ts';

/**
 * A document status in the interface language ("To do" / "Te doen"): a
 * lookup of literal keys, so the completeness test sees each one.
 */
export function statusText(status: DocumentStatus): string {
  switch (status) {
    case 'todo':
      return i18n.t('common:status.todo');
    case 'in_progress':
      return i18n.t('common:status.in_progress');
    case 'done':
      return i18n.t('common:status.done');
  }
}

/** The same status inside a sentence ("12 spans, to do"). */
export const statusInSentence = (status: DocumentStatus): string =>
  statusText(status).toLocaleLowerCase(i18n.language);

// Formatters are costly to build; keep one per language and kind.
const lists = new Map<string, Intl.ListFormat>();

/** Names joined the interface language's way: "A, B or C" / "A, B of C" (any one), "A and B" / "A en B" (all). */
export function listText(names: readonly string[], kind: 'or' | 'and'): string {
  const key = `${i18n.language}:${kind}`;
  let f = lists.get(key);
  if (!f)
    lists.set(
      key,
      (f = new Intl.ListFormat(i18n.language, { type: kind === 'or' ? 'disjunction' : 'conjunction' })),
    );
  return f.format(names);
}
