/**
 * Agreement over a stream of documents: every pair of the chosen
 * annotators over the documents both annotated, and alpha_u per label over
 * the documents all of them annotated. Pure: the documents come from
 * whoever reads them (src-main/db/agreement-read.ts for a database).
 */
import { alphaU, type UnitizedDocument } from './alpha-u.ts';
import { coverage, indexText, toCodePoint, type TextIndex } from './characters.ts';
import { emptyPairTally, tallyDocument, type DocumentDisagreement, type PairTally } from './pair.ts';
import { alphaCounts, pairReport, type AgreementReport } from './report.ts';
import type { AgreementDocument, LayerOnDocument } from './types.ts';

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

function unitized(index: TextIndex, layers: LayerOnDocument[], label: string): UnitizedDocument {
  return {
    length: index.codePoints,
    units: layers.map((layer) =>
      coverage(
        layer.spans.filter((s) => s.label === label),
        true,
      ).map(([s, e]) => [toCodePoint(index, s), toCodePoint(index, e)] as const),
    ),
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
  const unitizedByLabel = new Map<string, UnitizedDocument[]>(labels.map((l) => [l, []]));

  for (const doc of documents) {
    let index: TextIndex | null = null;
    for (const { names, tally } of pairs) {
      const a = doc.layers.get(names[0]);
      const b = doc.layers.get(names[1]);
      if (!a || !b) continue;
      index ??= indexText(doc.text);
      tallyDocument(tally, doc.id, index, a, b, labelSet);
    }
    const all = annotators.map((n) => doc.layers.get(n));
    if (annotators.length < 2 || !all.every((l) => l !== undefined)) continue;
    index ??= indexText(doc.text);
    const layers = all.filter((l) => l !== undefined);
    for (const label of labels) unitizedByLabel.get(label)?.push(unitized(index, layers, label));
  }

  const report: AgreementReport = {
    annotators: [...annotators],
    labels: [...labels],
    pairs: pairs.map((p) => pairReport(p.names, p.tally)),
    alpha_u: {},
    alpha_u_counts: {},
  };
  for (const label of labels) {
    const a = alphaU(unitizedByLabel.get(label) ?? [], annotators.length);
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
