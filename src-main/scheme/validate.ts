/**
 * A scheme file on its own, as a new database would take it: every problem
 * as `path: reason`. Pure; the import checks the same file merged into the
 * database's scheme instead.
 */
import { schemeProblems } from './check.ts';
import { mergeScheme } from './merge.ts';
import { parseSchemeText } from './parse.ts';
import { firstPerPath, type Problem, type Scheme } from './scheme.ts';

export function validateSchemeText(text: string): { scheme: Scheme; problems: Problem[] } {
  const parsed = parseSchemeText(text);
  const merged = mergeScheme({ labels: [], roles: [] }, parsed.scheme);
  const problems = firstPerPath([
    ...parsed.problems,
    ...merged.problems,
    ...schemeProblems(merged.scheme, merged.paths),
  ]);
  return { scheme: merged.scheme, problems };
}
