import { compareSpans, type AgreementSpan } from './types.ts';

/**
 * Exact span matching of one label's spans: a span of A matches a span of
 * B when start, end and all fragments are equal. Both lists are sorted by
 * compareSpans, so one merge finds every match; a layer holds a span at
 * most once (the per-layer duplicate rule), so matches are one to one.
 * Hands each matched pair to `onPair`, A's span first (no list is built:
 * this runs for every label of every pair of every document); returns how
 * many there were.
 */
export function exactPairs(
  a: readonly AgreementSpan[],
  b: readonly AgreementSpan[],
  onPair: (a: AgreementSpan, b: AgreementSpan) => void,
): number {
  let pairs = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const sa = a[i] as AgreementSpan;
    const sb = b[j] as AgreementSpan;
    const c = compareSpans(sa, sb);
    if (c === 0) {
      onPair(sa, sb);
      pairs++;
      i++;
      j++;
    } else if (c < 0) i++;
    else j++;
  }
  return pairs;
}
