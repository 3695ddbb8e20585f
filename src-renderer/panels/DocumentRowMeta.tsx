import type { DocumentMark, DocumentSummary, Label } from '../../src-main/db/model.ts';
import { count, STATUS_TEXT } from '../state/wording.ts';

/** How the list's mark filter reads. */
export const MARK_TEXT: Record<DocumentMark, string> = {
  flagged: 'Flagged',
  noted: 'With notes',
};

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
  const counts = doc.labelCounts
    .map((c) => ({ ...c, label: labels.get(c.labelId) }))
    .sort((a, b) => (a.label?.position ?? 0) - (b.label?.position ?? 0));
  return (
    <div className="doc-meta">
      {doc.published && <span>{doc.published}</span>}
      <span className={`status-chip ${doc.status}`}>{STATUS_TEXT[doc.status]}</span>
      {doc.flag && (
        <span className="doc-marks" title={`Flag: ${doc.flag}`}>
          <span aria-hidden="true">⚑</span>
          <span className="visually-hidden">flagged {doc.flag}</span>
        </span>
      )}
      {doc.note && (
        <span className="doc-marks" title={`Note: ${doc.note}`}>
          <span aria-hidden="true">✉</span>
          <span className="visually-hidden">note: {doc.note}</span>
        </span>
      )}
      <span title="annotations">{doc.annotationCount} ✎</span>
      {counts.length > 0 && (
        <span className="label-counts" title="annotations per label">
          {counts.map(({ labelId, count: n, label }) => (
            <span key={labelId} className="label-count" data-label={label?.name}>
              <span className="swatch" style={{ ['--label' as string]: label?.color ?? '#888' }} />
              <span aria-hidden="true">{(label?.name ?? '?').slice(0, 3)}</span>
              <span aria-hidden="true">{n}</span>
              <span className="visually-hidden">
                {n} {label?.name ?? 'unknown label'}
              </span>
            </span>
          ))}
        </span>
      )}
      {doc.warnings > 0 && (
        <span className="warning-count" title={count(doc.warnings, 'guideline warning')}>
          <span aria-hidden="true">{doc.warnings} ⚠</span>
          <span className="visually-hidden">{count(doc.warnings, 'guideline warning')}</span>
        </span>
      )}
      <span className="doc-id">{doc.externalId}</span>
    </div>
  );
}
