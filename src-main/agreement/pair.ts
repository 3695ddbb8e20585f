import { attributeTally, type AttributeTally } from './attributes.ts';
import { coverage, intersect, nonWhiteIn, type TextIndex } from './characters.ts';
import { exactPairs } from './exact.ts';
import { addTable, emptyTable, type KappaTable } from './kappa.ts';
import { overlapMatches } from './overlap.ts';
import { spanKey, type AgreementSpan, type LayerOnDocument } from './types.ts';

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

const byLabel = (
  spans: readonly AgreementSpan[],
  labels: ReadonlySet<string>,
): Map<string, AgreementSpan[]> => {
  const out = new Map<string, AgreementSpan[]>();
  for (const span of spans) {
    if (!labels.has(span.label)) continue;
    const list = out.get(span.label);
    if (list) list.push(span);
    else out.set(span.label, [span]);
  }
  return out;
};

/**
 * Adds one document both annotators of the pair annotated. `labels` are the
 * labels measured; spans of other labels, and relations touching them, are
 * left out of every figure.
 */
export function tallyDocument(
  tally: PairTally,
  documentId: number,
  index: TextIndex,
  a: LayerOnDocument,
  b: LayerOnDocument,
  labels: ReadonlySet<string>,
): void {
  tally.documents++;
  const spansA = byLabel(a.spans, labels);
  const spansB = byLabel(b.spans, labels);
  const totalChars = index.nonWhite[index.nonWhite.length - 1] ?? 0;
  const matchedKeys = new Set<string>();
  for (const label of labels) {
    const la = spansA.get(label) ?? [];
    const lb = spansB.get(label) ?? [];
    const counts = tally.labels.get(label);
    if (!counts) continue;
    const ca = coverage(la);
    const cb = coverage(lb);
    const inA = nonWhiteIn(index, ca);
    const inB = nonWhiteIn(index, cb);
    const both = la.length && lb.length ? nonWhiteIn(index, intersect(ca, cb)) : 0;
    counts.characters.both += both;
    counts.characters.aOnly += inA - both;
    counts.characters.bOnly += inB - both;
    counts.characters.neither += totalChars - inA - inB + both;
    if (la.length === 0 && lb.length === 0) continue;
    const pairs = exactPairs(la, lb);
    counts.spansA += la.length;
    counts.spansB += lb.length;
    counts.exact += pairs.length;
    counts.overlap += overlapMatches(la, lb);
    for (const [sa, sb] of pairs) {
      matchedKeys.add(spanKey(sa));
      attributeTally(tally.attributes, sa, sb);
    }
    const unmatched = la.length + lb.length - 2 * pairs.length;
    if (unmatched > 0) {
      const list = tally.disagreements.get(label);
      const entry = { documentId, unmatched };
      if (list) list.push(entry);
      else tally.disagreements.set(label, [entry]);
    }
  }
  tallyRelations(tally, a, b, labels, matchedKeys);
}

/**
 * A relation is identified by its role and its two ends' span keys; it is
 * a true positive when the other layer has the same role between the same
 * two spans, which then both matched exactly.
 */
function tallyRelations(
  tally: PairTally,
  a: LayerOnDocument,
  b: LayerOnDocument,
  labels: ReadonlySet<string>,
  matchedKeys: ReadonlySet<string>,
): void {
  const keysA = relationKeys(a, labels);
  const keysB = relationKeys(b, labels);
  tally.relations.relationsA += keysA.length;
  tally.relations.relationsB += keysB.length;
  const inB = new Set(keysB.map((k) => k.key));
  for (const k of keysA)
    if (k.ends.every((e) => matchedKeys.has(e)) && inB.has(k.key)) tally.relations.matches++;
}

function relationKeys(
  layer: LayerOnDocument,
  labels: ReadonlySet<string>,
): { key: string; ends: string[] }[] {
  if (layer.relations.length === 0) return [];
  const byId = new Map(layer.spans.map((s) => [s.id, s]));
  const out: { key: string; ends: string[] }[] = [];
  for (const r of layer.relations) {
    const head = byId.get(r.headId);
    const child = byId.get(r.childId);
    if (!head || !child || !labels.has(head.label) || !labels.has(child.label)) continue;
    const ends = [spanKey(head), spanKey(child)];
    out.push({ key: `${r.role}\u0001${ends[0]}\u0001${ends[1]}`, ends });
  }
  return out;
}
