/**
 * Scoring suggestions against a gold set: per label, precision and recall
 * by exact span (start, end, label), and value accuracy — among the matched
 * spans, the share whose attributes equal the gold ones (key order aside).
 */

export interface ScoredSpan {
  start: number;
  end: number;
  label: string;
  attributes: Record<string, unknown>;
}

export interface LabelScore {
  label: string;
  gold: number;
  suggested: number;
  matched: number;
  /** Matched spans whose attributes equal the gold ones. */
  valuesRight: number;
}

/** Attributes as canonical JSON: keys sorted, so order never decides equality. */
const canonical = (attributes: Record<string, unknown>): string =>
  JSON.stringify(
    Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  );

const key = (s: ScoredSpan): string => `${s.label} ${s.start} ${s.end}`;

/** Adds one document's gold and suggested spans of `label` to `score`. */
export function scoreDocument(
  score: LabelScore,
  gold: readonly ScoredSpan[],
  suggested: readonly ScoredSpan[],
): void {
  const goldOf = new Map(gold.filter((s) => s.label === score.label).map((s) => [key(s), s]));
  const ours = suggested.filter((s) => s.label === score.label);
  score.gold += goldOf.size;
  score.suggested += ours.length;
  for (const s of ours) {
    const g = goldOf.get(key(s));
    if (!g) continue;
    score.matched++;
    if (canonical(g.attributes) === canonical(s.attributes)) score.valuesRight++;
  }
}

export const emptyScore = (label: string): LabelScore => ({
  label,
  gold: 0,
  suggested: 0,
  matched: 0,
  valuesRight: 0,
});

/** A share as printed; `n/a` when there is nothing to divide by. */
const share = (part: number, whole: number): string => (whole === 0 ? 'n/a' : (part / whole).toFixed(3));

export function scoreLine(s: LabelScore): string {
  return (
    `${s.label.padEnd(7)} precision ${share(s.matched, s.suggested)}  recall ${share(s.matched, s.gold)}  ` +
    `value accuracy ${share(s.valuesRight, s.matched)}  (gold ${s.gold}, suggested ${s.suggested}, ` +
    `matched ${s.matched}, values right ${s.valuesRight})`
  );
}
