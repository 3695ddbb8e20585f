import { Trans, useTranslation } from 'react-i18next';
import type { AgreementReport, PairReport, SpanFigures } from '../../src-main/agreement/report.ts';
import type { DisagreementList } from '../../src-main/agreement/view.ts';
import { formatNumber } from '../i18n/format.ts';
import { listText } from '../i18n/words.ts';
import { figure } from './figures.ts';

/** A row's first cell: a button that drills down, reachable by Tab and the arrow keys. */
function RowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <th scope="row">
      <button type="button" className="agreement-row" data-row onClick={onClick}>
        {label}
      </button>
    </th>
  );
}

const spanCells = (f: SpanFigures) => (
  <>
    <td>{figure(f.exact_f1)}</td>
    <td>{figure(f.overlap_f1)}</td>
    <td title={f.kappa_reason}>{figure(f.kappa)}</td>
    <td>{formatNumber(f.spans_a)}</td>
    <td>{formatNumber(f.spans_b)}</td>
  </>
);

export function PairsTable({ report, onPick }: { report: AgreementReport; onPick: (index: number) => void }) {
  const { t } = useTranslation('agreement');
  return (
    <table aria-label={t('pairsTable')}>
      <thead>
        <tr>
          <th scope="col">{t('column.annotators')}</th>
          <th scope="col">{t('column.documents')}</th>
          <th scope="col">{t('column.exactF1')}</th>
          <th scope="col">{t('column.overlapF1')}</th>
          <th scope="col">κ</th>
          <th scope="col">{t('column.relationsF1')}</th>
        </tr>
      </thead>
      <tbody>
        {report.pairs.map((p, i) => (
          <tr key={p.annotators.join('/')}>
            <RowButton label={p.annotators.join(' / ')} onClick={() => onPick(i)} />
            <td>{formatNumber(p.documents)}</td>
            <td>{figure(p.overall.exact_f1)}</td>
            <td>{figure(p.overall.overlap_f1)}</td>
            <td title={p.overall.kappa_reason}>{figure(p.overall.kappa)}</td>
            <td>{figure(p.relations.f1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AlphaTable({ report }: { report: AgreementReport }) {
  const { t } = useTranslation('agreement');
  return (
    <table aria-label={t('alphaTable')}>
      <caption>
        <Trans
          t={t}
          i18nKey="alphaCaption"
          values={{ annotators: listText(report.annotators, 'and') }}
          components={{ sub: <sub /> }}
        />
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('column.label')}</th>
          <th scope="col">
            α<sub>u</sub>
          </th>
          <th scope="col">{t('column.documents')}</th>
          <th scope="col">{t('column.units')}</th>
        </tr>
      </thead>
      <tbody>
        {report.labels.map((label) => {
          const c = report.alpha_u_counts[label];
          return (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td title={c?.reason}>{figure(report.alpha_u[label])}</td>
              <td>{formatNumber(c?.documents ?? 0)}</td>
              <td>{formatNumber(c?.units ?? 0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function LabelsTable({ pair, onPick }: { pair: PairReport; onPick: (label: string | null) => void }) {
  const { t } = useTranslation('agreement');
  const [a, b] = pair.annotators;
  return (
    <table aria-label={t('byLabel', { a, b })}>
      <thead>
        <tr>
          <th scope="col">{t('column.label')}</th>
          <th scope="col">{t('column.exactF1')}</th>
          <th scope="col">{t('column.overlapF1')}</th>
          <th scope="col">κ</th>
          <th scope="col">{t('column.spansOf', { annotator: a })}</th>
          <th scope="col">{t('column.spansOf', { annotator: b })}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <RowButton label={t('allLabels')} onClick={() => onPick(null)} />
          {spanCells(pair.overall)}
        </tr>
        {Object.entries(pair.labels).map(([label, f]) => (
          <tr key={label}>
            <RowButton label={label} onClick={() => onPick(label)} />
            {spanCells(f)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DocumentsTable({
  list,
  onOpen,
}: {
  list: DisagreementList | undefined;
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation('agreement');
  if (!list || list.items.length === 0) return <p>{t('noDisagreement')}</p>;
  return (
    <table aria-label={t('disagreementTable')}>
      <thead>
        <tr>
          <th scope="col">{t('column.document')}</th>
          <th scope="col">{t('column.unmatched')}</th>
        </tr>
      </thead>
      <tbody>
        {list.items.map((d) => (
          <tr key={d.documentId}>
            <RowButton label={d.title || d.externalId} onClick={() => onOpen(d.documentId)} />
            <td>{formatNumber(d.unmatched)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
