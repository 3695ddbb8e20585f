import { spanKey, type AgreementSpan } from './types.ts';

/**
 * Exact span matching: a span of A matches a span of B when label, start,
 * end and all fragments are equal. A layer holds a span at most once (the
 * per-layer duplicate rule), so matching is set intersection. Returns the
 * matched pairs, A's span first.
 */
export function exactPairs(
  a: readonly AgreementSpan[],
  b: readonly AgreementSpan[],
): [AgreementSpan, AgreementSpan][] {
  const byKey = new Map<string, AgreementSpan>();
  for (const span of b) byKey.set(spanKey(span), span);
  const pairs: [AgreementSpan, AgreementSpan][] = [];
  for (const span of a) {
    const key = spanKey(span);
    const other = byKey.get(key);
    if (other === undefined) continue;
    pairs.push([span, other]);
    // One to one, should a layer ever hold a span twice.
    byKey.delete(key);
  }
  return pairs;
}
