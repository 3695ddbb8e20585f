/**
 * One layer on one document, prepared once for every pair it is in: its
 * spans grouped by label with their keys and character coverage, and its
 * relations as keys. Pairs then only compare.
 */
import { coverage, joinTouching, nonWhiteIn, type Intervals, type TextIndex } from './characters.ts';
import { compareSpans, spanKey, type AgreementSpan, type LayerOnDocument } from './types.ts';

export interface LabelPart {
  /** Sorted by compareSpans. */
  spans: AgreementSpan[];
  /** The characters covered, overlapping pieces merged (alpha_u's units). */
  units: Intervals;
  /** The same with touching pieces merged too. */
  cover: Intervals;
  /** Non-white-space characters the label's spans cover. */
  covered: number;
}

export interface PreparedLayer {
  labels: Map<string, LabelPart>;
  /** Each relation between spans of the measured labels: role and both ends' keys. */
  relations: { key: string; ends: [string, string] }[];
}

function inOrder(spans: readonly AgreementSpan[]): boolean {
  for (let i = 1; i < spans.length; i++)
    if (compareSpans(spans[i - 1] as AgreementSpan, spans[i] as AgreementSpan) > 0) return false;
  return true;
}

export function prepareLayer(
  layer: LayerOnDocument,
  labels: ReadonlySet<string>,
  index: TextIndex,
): PreparedLayer {
  const parts = new Map<string, LabelPart>();
  for (const span of layer.spans) {
    if (!labels.has(span.label)) continue;
    const part = parts.get(span.label);
    if (part) part.spans.push(span);
    else parts.set(span.label, { spans: [span], units: [], cover: [], covered: 0 });
  }
  for (const part of parts.values()) {
    // The reader's spans mostly come in this order already: a check is cheaper than a sort.
    if (!inOrder(part.spans)) part.spans.sort(compareSpans);
    part.units = coverage(part.spans, true);
    part.cover = joinTouching(part.units);
    part.covered = nonWhiteIn(index, part.cover);
  }
  const relations: PreparedLayer['relations'] = [];
  if (layer.relations.length === 0) return { labels: parts, relations };
  // Keys only where relations need them: a relation's identity is its ends' keys.
  const keyOf = new Map<number, string>();
  for (const span of layer.spans) if (labels.has(span.label)) keyOf.set(span.id, spanKey(span));
  for (const r of layer.relations) {
    const head = keyOf.get(r.headId);
    const child = keyOf.get(r.childId);
    if (head === undefined || child === undefined) continue;
    relations.push({ key: `${r.role}\u0001${head}\u0001${child}`, ends: [head, child] });
  }
  return { labels: parts, relations };
}
