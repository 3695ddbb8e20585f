/** The scheme editor's writes check the whole scheme they would leave, by the rules a file is checked by. */
import { AppError } from '../db/errors.ts';
import { schemeProblems } from './check.ts';
import { formatProblem, namedPaths, type Scheme } from './scheme.ts';

/** A copy to change freely: the stored scheme stays as read. */
export const cloneScheme = (scheme: Scheme): Scheme => structuredClone(scheme);

/**
 * Throws with every problem of the scheme an edit would leave: CONFLICT when
 * each is a clash with another part (as a taken name always was), VALIDATION otherwise.
 */
export function assertSound(next: Scheme): void {
  const problems = schemeProblems(next, namedPaths(next));
  if (problems.length === 0) return;
  const code = problems.every((p) => p.clash) ? 'CONFLICT' : 'VALIDATION';
  throw new AppError(code, problems.map(formatProblem).join('; '));
}
