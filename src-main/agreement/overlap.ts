import { compareSpans, piecesOf, type AgreementSpan } from './types.ts';

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
  /** The pair's two spans, the one first in compareSpans order first: a tie-break that does not depend on which side is A. */
  low: AgreementSpan;
  high: AgreementSpan;
}

const compareCandidates = (x: Candidate, y: Candidate): number =>
  y.shared - x.shared || x.drift - y.drift || compareSpans(x.low, y.low) || compareSpans(x.high, y.high);

/**
 * Overlap matching of one label's spans on one document: spans that share
 * at least one character are candidates; the largest overlap is matched
 * first, each span at most once. Ties go to the pair whose boundaries are
 * closer, then to the pair whose spans come first by (start, end,
 * fragments), taken as an unordered pair; so the result is the same with A
 * and B swapped. Both lists are sorted by compareSpans (as prepared).
 * Returns the number of matched pairs.
 */
export function overlapMatches(a: readonly AgreementSpan[], b: readonly AgreementSpan[]): number {
  const found: { a: number; b: number; shared: number }[] = [];
  // How many candidates each span is in: where none is in two, every candidate is matched.
  const inA = new Uint8Array(a.length);
  const inB = new Uint8Array(b.length);
  let contested = false;
  for (let i = 0; i < a.length; i++) {
    const sa = a[i] as AgreementSpan;
    for (let j = 0; j < b.length; j++) {
      const sb = b[j] as AgreementSpan;
      // B is in start order: no later span of B reaches back into this one.
      if (sb.start >= sa.end) break;
      if (sa.start >= sb.end) continue;
      const shared =
        sa.fragments === null && sb.fragments === null
          ? Math.min(sa.end, sb.end) - Math.max(sa.start, sb.start)
          : sharedLength(sa, sb);
      if (shared === 0) continue;
      if (inA[i] || inB[j]) contested = true;
      inA[i] = 1;
      inB[j] = 1;
      found.push({ a: i, b: j, shared });
    }
  }
  if (!contested) return found.length;
  const candidates: Candidate[] = found.map(({ a: i, b: j, shared }) => {
    const sa = a[i] as AgreementSpan;
    const sb = b[j] as AgreementSpan;
    const aFirst = compareSpans(sa, sb) <= 0;
    return {
      a: i,
      b: j,
      shared,
      drift: Math.abs(sa.start - sb.start) + Math.abs(sa.end - sb.end),
      low: aFirst ? sa : sb,
      high: aFirst ? sb : sa,
    };
  });
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
