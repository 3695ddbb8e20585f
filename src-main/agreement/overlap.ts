import { piecesOf, type AgreementSpan } from './types.ts';

/** How many UTF-16 units two spans share (fragments counted piece by piece). */
export function sharedLength(a: AgreementSpan, b: AgreementSpan): number {
  let shared = 0;
  for (const [as, ae] of piecesOf(a))
    for (const [bs, be] of piecesOf(b)) shared += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return shared;
}

interface Candidate {
  a: number;
  b: number;
  shared: number;
  /** Distance of the boundaries: |start difference| + |end difference|. */
  drift: number;
  /** The two spans' keys, lower first: a tie-break that does not depend on which side is A. */
  low: string;
  high: string;
}

const compareCandidates = (x: Candidate, y: Candidate): number =>
  y.shared - x.shared ||
  x.drift - y.drift ||
  (x.low < y.low ? -1 : x.low > y.low ? 1 : 0) ||
  (x.high < y.high ? -1 : x.high > y.high ? 1 : 0);

/**
 * Overlap matching of one label's spans on one document: spans that share
 * at least one character are candidates; the largest overlap is matched
 * first, each span at most once. Ties go to the pair whose boundaries are
 * closer, then to the pair of spans that sorts first by (label, start, end,
 * fragments), taken as an unordered pair; `keys*` are the spans' spanKey; so the result is the same with A
 * and B swapped. Returns the number of matched pairs.
 */
export function overlapMatches(
  a: readonly AgreementSpan[],
  keysA: readonly string[],
  b: readonly AgreementSpan[],
  keysB: readonly string[],
): number {
  const candidates: Candidate[] = [];
  for (let i = 0; i < a.length; i++) {
    const sa = a[i] as AgreementSpan;
    for (let j = 0; j < b.length; j++) {
      const sb = b[j] as AgreementSpan;
      if (sb.start >= sa.end || sa.start >= sb.end) continue;
      const shared = sharedLength(sa, sb);
      if (shared === 0) continue;
      const ka = keysA[i] as string;
      const kb = keysB[j] as string;
      candidates.push({
        a: i,
        b: j,
        shared,
        drift: Math.abs(sa.start - sb.start) + Math.abs(sa.end - sb.end),
        low: ka < kb ? ka : kb,
        high: ka < kb ? kb : ka,
      });
    }
  }
  if (candidates.length === 0) return 0;
  candidates.sort(compareCandidates);
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  let matches = 0;
  for (const c of candidates) {
    if (usedA[c.a] || usedB[c.b]) continue;
    usedA[c.a] = 1;
    usedB[c.b] = 1;
    matches++;
  }
  return matches;
}
