/**
 * Agreement over a stream of documents: every pair of the chosen
 * annotators over the documents both annotated, and alpha_u per label over
 * the documents all of them annotated. Pure: the documents come from
 * whoever reads them (src-main/db/agreement-read.ts for a database).
 */
import { alphaUAccumulator, type UnitizedDocument } from './alpha-u.ts';
import { indexText, toCodePoint, type TextIndex } from './characters.ts';
import { emptyPairTally, tallyDocument, type DocumentDisagreement, type PairTally } from './pair.ts';
import { alphaCounts, pairReport, type AgreementReport } from './report.ts';
import { prepareLayer, type PreparedLayer } from './prepared.ts';
import type { AgreementDocument } from './types.ts';

export interface AgreementSelection {
  annotators: readonly string[];
  labels: readonly string[];
}

export interface PairDisagreements {
  annotators: [string, string];
  /** Per label, the shared documents with unmatched spans, most unmatched first. */
  byLabel: Record<string, DocumentDisagreement[]>;
}

export interface AgreementResult {
  report: AgreementReport;
  disagreements: PairDisagreements[];
}

function unitized(index: TextIndex, layers: PreparedLayer[], label: string): UnitizedDocument {
  return {
    length: index.codePoints,
    units: layers.map((layer) => {
      const units = layer.labels.get(label)?.units ?? [];
      return index.codePoint
        ? units.map(([s, e]) => [toCodePoint(index, s), toCodePoint(index, e)] as const)
        : units;
    }),
  };
}

export function computeAgreement(
  documents: Iterable<AgreementDocument>,
  selection: AgreementSelection,
): AgreementResult {
  const { annotators, labels } = selection;
  const labelSet = new Set(labels);
  const pairs: { names: [string, string]; tally: PairTally }[] = [];
  for (let i = 0; i < annotators.length; i++)
    for (let j = i + 1; j < annotators.length; j++)
      pairs.push({ names: [annotators[i] ?? '', annotators[j] ?? ''], tally: emptyPairTally(labels) });
  const alphaByLabel = new Map(labels.map((l) => [l, alphaUAccumulator(annotators.length)]));

  for (const doc of documents) {
    const present = annotators.filter((n) => doc.layers.has(n));
    if (present.length < 2) continue;
    const index = indexText(doc.text);
    const prepared = new Map<string, PreparedLayer>();
    for (const name of present) {
      const layer = doc.layers.get(name);
      if (layer) prepared.set(name, prepareLayer(layer, labelSet, index));
    }
    for (const { names, tally } of pairs) {
      const a = prepared.get(names[0]);
      const b = prepared.get(names[1]);
      if (a && b) tallyDocument(tally, doc.id, index, a, b);
    }
    if (present.length < annotators.length) continue;
    const layers = [...prepared.values()];
    for (const label of labels) alphaByLabel.get(label)?.add(unitized(index, layers, label));
  }

  const report: AgreementReport = {
    annotators: [...annotators],
    labels: [...labels],
    pairs: pairs.map((p) => pairReport(p.names, p.tally)),
    alpha_u: {},
    alpha_u_counts: {},
  };
  for (const label of labels) {
    const a = alphaByLabel.get(label)?.result();
    if (!a) continue;
    report.alpha_u[label] = a.alpha;
    report.alpha_u_counts[label] = alphaCounts(a);
  }
  const disagreements = pairs.map(({ names, tally }) => ({
    annotators: names,
    byLabel: Object.fromEntries(
      [...tally.disagreements].map(([label, list]) => [
        label,
        list.sort((x, y) => y.unmatched - x.unmatched || x.documentId - y.documentId),
      ]),
    ),
  }));
  return { report, disagreements };
}
