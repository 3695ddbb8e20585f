/**
 * F1 from counts. Null when neither side has anything: there is nothing to
 * agree or disagree on, and 1 or 0 would both be a claim the counts do not
 * support. The counts go out beside it, so the reader sees why.
 */
export function f1(matches: number, countA: number, countB: number): number | null {
  const total = countA + countB;
  return total === 0 ? null : (2 * matches) / total;
}
