import { useTranslation } from 'react-i18next';
import type { DocumentMark, DocumentSummary, Label } from '../../src-main/db/model.ts';
import { formatNumber } from '../i18n/format.ts';
import { i18n } from '../i18n/i18n.ts';
import { perLanguage, statusText } from '../i18n/words.ts';

/** How the list's mark filter reads. */
export const markText = (mark: DocumentMark): string =>
  ({ flagged: i18n.t('panels:filters.flagged'), noted: i18n.t('panels:filters.noted') })[mark];

/** The words every row shows, looked up once per language rather than per row and keystroke. */
const rowWords = perLanguage(() => ({
  annotations: i18n.t('panels:meta.annotations'),
  perLabel: i18n.t('panels:meta.perLabel'),
  unknownLabel: i18n.t('panels:meta.unknownLabel'),
}));

/** "3 guideline warnings" per count, worded once per language: most rows of a corpus show one. */
const warningTexts = perLanguage(() => new Map<number, string>());
function warningsText(count: number): string {
  const texts = warningTexts();
  let text = texts.get(count);
  if (text === undefined) texts.set(count, (text = i18n.t('panels:meta.warnings', { count })));
  return text;
}

/**
 * A document row's second line: date, status, its annotations per label
 * (in the scheme's order, colour and name, so not by colour alone), its own
 * flag and note, its guideline warnings, and last (cut first when the
 * column is narrow) its id.
 */
export function DocumentRowMeta({
  doc,
  labels,
}: {
  doc: DocumentSummary;
  labels: ReadonlyMap<number, Label>;
}) {
  const { t } = useTranslation('panels');
  const words = rowWords();
  const warnings = doc.warnings > 0 ? warningsText(doc.warnings) : null;
  const counts = doc.labelCounts
    .map((c) => ({ ...c, label: labels.get(c.labelId) }))
    .sort((a, b) => (a.label?.position ?? 0) - (b.label?.position ?? 0));
  return (
    <div className="doc-meta">
      {doc.published && <span>{doc.published}</span>}
      <span className={`status-chip ${doc.status}`}>{statusText(doc.status)}</span>
      {doc.flag && (
        <span className="doc-marks" title={t('meta.flag', { flag: doc.flag })}>
          <span aria-hidden="true">⚑</span>
          <span className="visually-hidden">{t('meta.flagged', { flag: doc.flag })}</span>
        </span>
      )}
      {doc.note && (
        <span className="doc-marks" title={t('meta.note', { note: doc.note })}>
          <span aria-hidden="true">✉</span>
          <span className="visually-hidden">{t('meta.noted', { note: doc.note })}</span>
        </span>
      )}
      <span title={words.annotations}>{formatNumber(doc.annotationCount)} ✎</span>
      {counts.length > 0 && (
        <span className="label-counts" title={words.perLabel}>
          {counts.map(({ labelId, count: n, label }) => (
            <span key={labelId} className="label-count" data-label={label?.name}>
              <span className="swatch" style={{ ['--label' as string]: label?.color ?? '#888' }} />
              <span aria-hidden="true">{(label?.name ?? '?').slice(0, 3)}</span>
              <span aria-hidden="true">{n}</span>
              <span className="visually-hidden">
                {formatNumber(n)} {label?.name ?? words.unknownLabel}
              </span>
            </span>
          ))}
        </span>
      )}
      {warnings && (
        <span className="warning-count" title={warnings}>
          <span aria-hidden="true">{doc.warnings} ⚠</span>
          <span className="visually-hidden">{warnings}</span>
        </span>
      )}
      <span className="doc-id">{doc.externalId}</span>
    </div>
  );
}
