import type { AgreementSpan } from './types.ts';

/**
 * Exact span matching: a span of A matches a span of B when label, start,
 * end and all fragments are equal, that is when their keys (spanKey) are.
 * A layer holds a span at most once (the per-layer duplicate rule), so
 * matching is set intersection. Returns the matched pairs, A's span first.
 */
export function exactPairs(
  a: readonly AgreementSpan[],
  keysA: readonly string[],
  b: readonly AgreementSpan[],
  keysB: readonly string[],
): [AgreementSpan, AgreementSpan][] {
  const byKey = new Map<string, AgreementSpan>();
  for (let j = 0; j < b.length; j++) byKey.set(keysB[j] as string, b[j] as AgreementSpan);
  const pairs: [AgreementSpan, AgreementSpan][] = [];
  for (let i = 0; i < a.length; i++) {
    const key = keysA[i] as string;
    const other = byKey.get(key);
    if (other === undefined) continue;
    pairs.push([a[i] as AgreementSpan, other]);
    // One to one, should a layer ever hold a span twice.
    byKey.delete(key);
  }
  return pairs;
}
