/**
 * The Agreement screen (src-renderer/agreement). Measure names stay as the
 * literature writes them (F1, κ, α_u, Krippendorff); the words around them are translated.
 */
export const agreement = {
  title: 'Agreement',
  where: 'Where',
  pairs: 'Pairs',
  allLabels: 'All labels',
  measuring: 'Measuring…',
  back: 'Back',
  close: 'Close',
  pairsTable: 'Pairs of annotators',
  alphaTable: "Krippendorff's alpha_u",
  /** <sub> marks the subscript u. */
  alphaCaption: "Krippendorff's α<sub>u</sub> over {{annotators}}",
  byLabel: '{{a}} / {{b}} by label',
  disagreementTable: 'Documents with the most disagreement',
  noDisagreement: 'No document has a span the other annotator lacks.',
  column: {
    annotators: 'Annotators',
    documents: 'Documents',
    exactF1: 'Exact F1',
    overlapF1: 'Overlap F1',
    relationsF1: 'Relations F1',
    label: 'Label',
    units: 'Units',
    spansOf: 'Spans {{annotator}}',
    document: 'Document',
    unmatched: 'Unmatched spans',
  },
} as const;
