/** The scheme editor's writes check the whole scheme they would leave, by the rules a file is checked by. */
import { AppError } from '../db/errors.ts';
import { schemeProblems } from './check.ts';
import { formatProblem, namedPaths, problemText, type Problem, type Scheme } from './scheme.ts';
import { type MainText, say } from '../text/messages/say.ts';

const problemsOf = (scheme: Scheme): Problem[] => schemeProblems(scheme, namedPaths(scheme));

/**
 * Problems of `next` that `current` does not have already. A database from
 * before a rule (a label given a role's hotkey when nothing checked that)
 * must not block every later edit of something else.
 */
export function newProblems(current: Scheme, next: Problem[]): Problem[] {
  const old = new Set(problemsOf(current).map(formatProblem));
  return next.filter((p) => !old.has(formatProblem(p)));
}

/**
 * Applies `change` to a copy of `current` and throws with every problem it
 * brings: CONFLICT when each is a clash with another part (as a taken name
 * always was), VALIDATION otherwise.
 */
export function assertEdit(current: Scheme, change: (next: Scheme) => void): void {
  const next = structuredClone(current);
  change(next);
  const problems = newProblems(current, problemsOf(next));
  if (problems.length === 0) return;
  const code = problems.every((p) => p.clash) ? 'CONFLICT' : 'VALIDATION';
  throw new AppError(code, joined(problems.map(problemText)));
}

/** Sentences as one, "first; rest" (the English the CLI and older windows read). */
function joined(texts: MainText[]): MainText {
  const [first, ...rest] = texts;
  if (first === undefined) return say('scheme.joined', { first: '', rest: '' });
  return rest.length === 0 ? first : say('scheme.joined', { first, rest: joined(rest) });
}
