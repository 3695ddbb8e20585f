/**
 * Krippendorff's alpha for unitizing, one category at a time: the
 * category-specific _c alpha_u of Krippendorff (2004), Content Analysis,
 * 2nd ed., section 12.4 (pp. 251-256), which refines the 1995 definition
 * ("On the reliability of unitizing continuous data", Sociological
 * Methodology 25). Each coder's continuum is cut into sections: units of
 * the category and gaps (everything else).
 *
 * Observed: over every ordered pair of coders (i, j), every overlapping pair
 * of sections (g of i, h of j) adds
 *   (b_g - b_h)^2 + (e_g - e_h)^2   when both are units,
 *   l_g^2                          when g is a unit lying wholly in the gap h,
 *   l_h^2                          the same the other way round,
 *   0                              otherwise;
 * D_o = sum / (m (m - 1) L^2).
 * Expected: with N the number of units of all coders,
 *   D_e = (2 / L) * sum over units u of [ (N - 1)(2 l_u^3 - 3 l_u^2 + l_u) / 3
 *           + l_u^2 * sum over gaps g with l_g >= l_u of (l_g - l_u + 1) ]
 *         / ( m L (m L - 1) - sum over units u of l_u (l_u - 1) ).
 * alpha_u = 1 - D_o / D_e.
 *
 * Several documents make one continuum of length L laid end to end, but no
 * section crosses a document boundary: a gap ends where its document does.
 */

/** One document's length and, per coder, that coder's units: sorted, disjoint [start, end). */
export interface UnitizedDocument {
  length: number;
  units: readonly (readonly (readonly [number, number])[])[];
}

export interface AlphaU {
  alpha: number | null;
  reason?: string;
  observed: number;
  expected: number;
  /** Units of all coders, and the continuum's length in characters. */
  units: number;
  length: number;
  coders: number;
  documents: number;
}

interface Section {
  start: number;
  end: number;
  unit: boolean;
}

function sections(units: readonly (readonly [number, number])[], length: number): Section[] {
  const out: Section[] = [];
  let at = 0;
  for (const [s, e] of units) {
    if (s > at) out.push({ start: at, end: s, unit: false });
    out.push({ start: s, end: e, unit: true });
    at = e;
  }
  if (at < length) out.push({ start: at, end: length, unit: false });
  return out;
}

function distance(g: Section, h: Section): number {
  if (g.unit && h.unit) return (g.start - h.start) ** 2 + (g.end - h.end) ** 2;
  if (g.unit && !h.unit && h.start <= g.start && g.end <= h.end) return (g.end - g.start) ** 2;
  if (h.unit && !g.unit && g.start <= h.start && h.end <= g.end) return (h.end - h.start) ** 2;
  return 0;
}

/** The distances of all overlapping section pairs of two coders on one document. */
function pairDistance(x: Section[], y: Section[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const g = x[i] as Section;
    const h = y[j] as Section;
    if (g.start < h.end && h.start < g.end) sum += distance(g, h);
    if (g.end < h.end) i++;
    else if (h.end < g.end) j++;
    else {
      i++;
      j++;
    }
  }
  return sum;
}

/** Lengths and how often each occurs: the expected disagreement needs no more. */
type Histogram = Map<number, number>;
const count = (h: Histogram, length: number) => h.set(length, (h.get(length) ?? 0) + 1);

/**
 * alpha_u built up one document at a time: the observed disagreement is
 * summed as documents come, the expected one needs only how many units and
 * gaps of each length there were.
 */
export function alphaUAccumulator(coders: number) {
  let length = 0;
  let documents = 0;
  let observedSum = 0;
  const units: Histogram = new Map();
  const gaps: Histogram = new Map();
  return {
    add(doc: UnitizedDocument): void {
      documents++;
      length += doc.length;
      const cut = doc.units.map((u) => sections(u, doc.length));
      for (const list of cut) for (const s of list) count(s.unit ? units : gaps, s.end - s.start);
      for (let i = 0; i < cut.length; i++)
        for (let j = i + 1; j < cut.length; j++)
          observedSum += 2 * pairDistance(cut[i] as Section[], cut[j] as Section[]);
    },
    result(): AlphaU {
      let unitCount = 0;
      for (const c of units.values()) unitCount += c;
      const base = { units: unitCount, length, coders, documents };
      if (coders < 2)
        return { alpha: null, reason: 'needs two annotators or more', observed: 0, expected: 0, ...base };
      if (length === 0)
        return { alpha: null, reason: 'no characters to compare', observed: 0, expected: 0, ...base };
      const observed = observedSum / (coders * (coders - 1) * length * length);
      const expected = expectedDisagreement(units, unitCount, gaps, length, coders);
      if (expected === 0)
        return {
          alpha: null,
          reason: 'no variation: no annotator marked this label',
          observed,
          expected,
          ...base,
        };
      return { alpha: 1 - observed / expected, observed, expected, ...base };
    },
  };
}

export function alphaU(documents: readonly UnitizedDocument[], coders: number): AlphaU {
  const acc = alphaUAccumulator(coders);
  for (const doc of documents) acc.add(doc);
  return acc.result();
}

function expectedDisagreement(
  units: Histogram,
  n: number,
  gaps: Histogram,
  length: number,
  coders: number,
): number {
  if (n === 0) return 0;
  // Gap lengths in order with suffix sums, so "every gap at least l long" is one binary search.
  const lengths = [...gaps.keys()].sort((x, y) => x - y);
  const atLeast = new Float64Array(lengths.length + 1);
  const lengthAtLeast = new Float64Array(lengths.length + 1);
  for (let k = lengths.length - 1; k >= 0; k--) {
    const g = lengths[k] ?? 0;
    const c = gaps.get(g) ?? 0;
    atLeast[k] = (atLeast[k + 1] ?? 0) + c;
    lengthAtLeast[k] = (lengthAtLeast[k + 1] ?? 0) + c * g;
  }
  let numerator = 0;
  let selfPairs = 0;
  for (const [l, c] of units) {
    let lo = 0;
    let hi = lengths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lengths[mid] ?? 0) < l) lo = mid + 1;
      else hi = mid;
    }
    // Sum over gaps g >= l of (g - l + 1): the places a unit of length l fits.
    const placements = (lengthAtLeast[lo] ?? 0) - (atLeast[lo] ?? 0) * (l - 1);
    numerator += c * (((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l ** 2 * placements);
    selfPairs += c * l * (l - 1);
  }
  const ml = coders * length;
  return ((2 / length) * numerator) / (ml * (ml - 1) - selfPairs);
}
