/**
 * Counts in words, by English plural rules: "1 document", "2 documents",
 * "0 documents". Pure (no Node imports), so that the renderer can use the
 * same rule as the CLI.
 */
const rules = new Intl.PluralRules('en');

/** `one` or `other` as `count` asks; `other` defaults to `one` + "s". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other;
}

/** "1 document", "20 documents". */
export function counted(count: number, one: string, other = `${one}s`): string {
  return `${count} ${plural(count, one, other)}`;
}

/** "1 annotation", "1,234 annotations": digits grouped, for counts that can run into thousands. */
export function countedGrouped(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString('en')} ${plural(count, one, other)}`;
}
