import type { agreement as en } from '../en/agreement.ts';
import type { Messages } from '../messages.ts';

export const agreement: Messages<typeof en> = {
  title: 'Overeenstemming',
  where: 'Locatie',
  pairs: 'Paren',
  allLabels: 'Alle labels',
  measuring: 'Bezig met meten…',
  back: 'Terug',
  close: 'Sluiten',
  pairsTable: 'Paren van annotatoren',
  alphaTable: 'Krippendorffs alpha_u',
  alphaCaption: 'Krippendorffs α<sub>u</sub> over {{annotators}}',
  byLabel: '{{a}} / {{b}} per label',
  disagreementTable: 'Documenten met de meeste onenigheid',
  noDisagreement: 'Geen enkel document heeft een span die de andere annotator mist.',
  column: {
    annotators: 'Annotatoren',
    documents: 'Documenten',
    exactF1: 'Exacte F1',
    overlapF1: 'Overlap-F1',
    relationsF1: 'Relaties-F1',
    label: 'Label',
    units: 'Eenheden',
    spansOf: 'Spans {{annotator}}',
    document: 'Document',
    unmatched: 'Spans zonder tegenhanger',
  },
};
