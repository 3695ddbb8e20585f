import type { DocumentStatus } from '../../src-main/db/model.ts';
import { i18n } from './i18n.ts';

/**
 * Words looked up once per interface language: i18next's t() resolves,
 * interpolates and falls back on every call, and a list row asks for several
 * on each keystroke in the filter.
 */
export function perLanguage<T>(build: () => T): () => T {
  let built: { language: string; value: T } | null = null;
  return () => {
    if (built?.language !== i18n.language) built = { language: i18n.language, value: build() };
    return built.value;
  };
}

/** The statuses' words; literal keys, so the completeness test sees each one. */
const statusWords = perLanguage((): Record<DocumentStatus, string> => ({
  todo: i18n.t('common:status.todo'),
  in_progress: i18n.t('common:status.in_progress'),
  done: i18n.t('common:status.done'),
}));

/** A document status in the interface language ("To do" / "Te doen"). */
export const statusText = (status: DocumentStatus): string => statusWords()[status];

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
