import { attributeTally, type AttributeTally } from './attributes.ts';
import { nonWhiteInBoth, type TextIndex } from './characters.ts';
import { exactPairs } from './exact.ts';
import { addTable, emptyTable, type KappaTable } from './kappa.ts';
import { overlapMatches } from './overlap.ts';
import type { LabelPart, PreparedLayer } from './prepared.ts';

/** The counts behind one label's (or all labels') figures for one pair. */
export interface SpanCounts {
  spansA: number;
  spansB: number;
  exact: number;
  overlap: number;
  characters: KappaTable;
}

export const emptyCounts = (): SpanCounts => ({
  spansA: 0,
  spansB: 0,
  exact: 0,
  overlap: 0,
  characters: emptyTable(),
});

export function addCounts(into: SpanCounts, c: SpanCounts): void {
  into.spansA += c.spansA;
  into.spansB += c.spansB;
  into.exact += c.exact;
  into.overlap += c.overlap;
  addTable(into.characters, c.characters);
}

/** One document's disagreement for one label: spans either side has that the other lacks exactly. */
export interface DocumentDisagreement {
  documentId: number;
  unmatched: number;
}

export interface PairTally {
  documents: number;
  labels: Map<string, SpanCounts>;
  relations: { relationsA: number; relationsB: number; matches: number };
  attributes: AttributeTally;
  /** Per label, every shared document with at least one unmatched span. */
  disagreements: Map<string, DocumentDisagreement[]>;
}

export const emptyPairTally = (labels: readonly string[]): PairTally => ({
  documents: 0,
  labels: new Map(labels.map((l) => [l, emptyCounts()])),
  relations: { relationsA: 0, relationsB: 0, matches: 0 },
  attributes: new Map(),
  disagreements: new Map(),
});

const NO_PART: LabelPart = { spans: [], units: [], cover: [], covered: 0 };

/**
 * Adds one document both annotators of the pair annotated. Only the
 * measured labels were prepared; spans of other labels, and relations
 * touching them, are left out of every figure.
 */
export function tallyDocument(
  tally: PairTally,
  documentId: number,
  index: TextIndex,
  a: PreparedLayer,
  b: PreparedLayer,
): void {
  tally.documents++;
  const totalChars = index.nonWhite[index.nonWhite.length - 1] ?? 0;
  for (const [label, counts] of tally.labels) {
    const pa = a.labels.get(label) ?? NO_PART;
    const pb = b.labels.get(label) ?? NO_PART;
    const both = pa.spans.length && pb.spans.length ? nonWhiteInBoth(index, pa.cover, pb.cover) : 0;
    counts.characters.both += both;
    counts.characters.aOnly += pa.covered - both;
    counts.characters.bOnly += pb.covered - both;
    counts.characters.neither += totalChars - pa.covered - pb.covered + both;
    if (pa.spans.length === 0 && pb.spans.length === 0) continue;
    const exact = exactPairs(pa.spans, pb.spans, (sa, sb) => attributeTally(tally.attributes, sa, sb));
    counts.spansA += pa.spans.length;
    counts.spansB += pb.spans.length;
    counts.exact += exact;
    counts.overlap += overlapMatches(pa.spans, pb.spans);
    const unmatched = pa.spans.length + pb.spans.length - 2 * exact;
    if (unmatched > 0) {
      const list = tally.disagreements.get(label);
      const entry = { documentId, unmatched };
      if (list) list.push(entry);
      else tally.disagreements.set(label, [entry]);
    }
  }
  tallyRelations(tally, a, b);
}

/**
 * A relation is identified by its role and its two ends' span keys; it is
 * a true positive when the other layer has the same role between two spans
 * with the same keys, that is between exactly matched spans.
 */
function tallyRelations(tally: PairTally, a: PreparedLayer, b: PreparedLayer): void {
  tally.relations.relationsA += a.relations.length;
  tally.relations.relationsB += b.relations.length;
  if (a.relations.length === 0 || b.relations.length === 0) return;
  const inB = new Set(b.relations.map((r) => r.key));
  for (const r of a.relations) if (inB.has(r.key)) tally.relations.matches++;
}
