import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ImportProgress, ImportReport } from '../../src-main/corpus/report.ts';
import type { CorpusStats, DocumentStatus } from '../../src-main/db/model.ts';
import type { ImportChoices, ImportSource } from '../../src-main/ipc/contract.ts';
import type { LossReport } from '../../src-main/formats/losses.ts';
import { lossKind, lossLine, mainText } from '../i18n/main-text.ts';
import { FORMAT_NAMES, type FormatName } from '../../src-main/formats/types.ts';
import { STATUS_ORDER } from '../state/statuses.ts';
import type { ExportChoice, TransferResult } from '../state/useCorpusTransfer.ts';
import { useCorpusLayers } from '../state/useCorpusLayers.ts';
import { GOLD_LAYER } from '../../src-main/db/annotator-name.ts';
import { formatNumber } from '../i18n/format.ts';
import { i18n } from '../i18n/i18n.ts';
import { useDialogFocus } from './useDialogFocus.ts';

/** How the dialogs name each format: a lookup of literal keys. */
const formatTitle = (f: FormatName): string =>
  ({
    jsonl: i18n.t('panels:formats.jsonl'),
    brat: i18n.t('panels:formats.brat'),
    conll2002: i18n.t('panels:formats.conll2002'),
    doccano: i18n.t('panels:formats.doccano'),
    labelstudio: i18n.t('panels:formats.labelstudio'),
    prodigy: i18n.t('panels:formats.prodigy'),
  })[f];

export function ImportDialog({
  onImport,
  onClose,
}: {
  onImport: (from: ImportSource, options: ImportChoices) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('panels');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [createLabels, setCreateLabels] = useState(false);
  const [format, setFormat] = useState<FormatName | ''>('');
  const first = useDialogFocus<HTMLButtonElement>();
  const go = (from: ImportSource) =>
    onImport(from, { skipInvalid, createLabels, ...(format ? { format } : {}) });
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('importDialog.title')}>
      <div className="dialog">
        <h2>{t('importDialog.title')}</h2>
        <p className="muted">{t('importDialog.intro')}</p>
        <label>
          {t('importDialog.format')}{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as FormatName | '')}>
            <option value="">{t('importDialog.guess')}</option>
            {FORMAT_NAMES.map((f) => (
              <option key={f} value={f}>
                {formatTitle(f)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />{' '}
          {t('importDialog.skipInvalid')}
        </label>
        <label>
          <input type="checkbox" checked={createLabels} onChange={(e) => setCreateLabels(e.target.checked)} />{' '}
          {t('importDialog.createLabels')}
        </label>
        <div className="dialog-buttons">
          <button ref={first} type="button" onClick={() => go('files')}>
            {t('importDialog.files')}
          </button>
          <button type="button" onClick={() => go('folder')}>
            {t('importDialog.folder')}
          </button>
          <button type="button" onClick={() => go('samples')}>
            {t('importDialog.samples')}
          </button>
          <button type="button" onClick={onClose}>
            {i18n.t('common:cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function ExportDialog({
  stats,
  onExport,
  onClose,
}: {
  /** How many documents each choice would export; null while unknown. */
  stats: CorpusStats | null;
  onExport: (choice: ExportChoice) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('panels');
  const [status, setStatus] = useState<DocumentStatus | ''>('');
  const [format, setFormat] = useState<FormatName>('jsonl');
  const [layer, setLayer] = useState('');
  const [suggestions, setSuggestions] = useState(false);
  const layers = useCorpusLayers();
  const first = useDialogFocus<HTMLSelectElement>();
  const matching = (s: DocumentStatus | '') => (stats ? stats.documents[s || 'total'] : null);
  // An empty file is written only when asked for knowingly.
  const empty = matching(status) === 0;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('exportDialog.label')}>
      <div className="dialog">
        <h2>{t('exportDialog.title')}</h2>
        <label>
          {t('exportDialog.documents')}{' '}
          <select
            ref={first}
            value={status}
            onChange={(e) => setStatus(e.target.value as DocumentStatus | '')}
          >
            {(['', ...STATUS_ORDER] as const).map((s) => {
              const n = matching(s);
              const what =
                s === ''
                  ? t('exportDialog.all')
                  : {
                      todo: t('exportDialog.only.todo'),
                      in_progress: t('exportDialog.only.in_progress'),
                      done: t('exportDialog.only.done'),
                    }[s];
              return (
                <option key={s} value={s}>
                  {n === null ? what : t('exportDialog.counted', { what, count: n })}
                </option>
              );
            })}
          </select>
        </label>
        <label>
          {t('exportDialog.format')}{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as FormatName)}>
            {FORMAT_NAMES.map((f) => (
              <option key={f} value={f}>
                {formatTitle(f)}
              </option>
            ))}
          </select>
        </label>
        {layers.length > 0 && (
          <label>
            {t('exportDialog.layers')}{' '}
            <select value={layer} onChange={(e) => setLayer(e.target.value)}>
              <option value="">{t('exportDialog.allLayers')}</option>
              {layers.map((name) => (
                <option key={name} value={name}>
                  {name === GOLD_LAYER ? t('exportDialog.goldOnly') : t('exportDialog.layerOnly', { name })}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <input
            type="checkbox"
            checked={suggestions}
            disabled={layer !== ''}
            onChange={(e) => setSuggestions(e.target.checked)}
          />{' '}
          {t('exportDialog.suggestions')}
        </label>
        {format !== 'jsonl' && <p className="muted">{t('exportDialog.losses')}</p>}
        {empty && (
          <p className="warning" role="alert">
            {
              {
                '': t('exportDialog.empty.all'),
                todo: t('exportDialog.empty.todo'),
                in_progress: t('exportDialog.empty.in_progress'),
                done: t('exportDialog.empty.done'),
              }[status]
            }
          </p>
        )}
        <div className="dialog-buttons">
          <button
            type="button"
            onClick={() =>
              onExport({
                status: status || undefined,
                format,
                layer: layer || undefined,
                suggestions: layer === '' && suggestions,
              })
            }
          >
            {empty ? t('exportDialog.exportEmpty') : t('exportDialog.go')}
          </button>
          <button type="button" onClick={onClose}>
            {i18n.t('common:cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * The loss report (formats/losses.ts): its heading, then the losses listed,
 * each in the interface's language (main sends them as catalogue ids).
 */
function LossList({ report, heading }: { report: LossReport; heading: (kinds: string) => string }) {
  const { t } = useTranslation('panels');
  if (report.total === 0) return null;
  const kinds = report.counts.map((c) => `${formatNumber(c.count)} ${lossKind(c.kind, c.text)}`).join(', ');
  const more = report.total - report.listed.length;
  return (
    <>
      <p className="warning">{heading(kinds)}:</p>
      <ul className="problems" aria-label={t('losses.label')}>
        {report.listed.map((l, i) => (
          <li key={i}>
            <code>{lossLine(l)}</code>
          </li>
        ))}
        {more > 0 && (
          <li>
            <code>{t('losses.more', { count: more })}</code>
          </li>
        )}
      </ul>
    </>
  );
}

export function ProgressOverlay({
  kind,
  progress,
}: {
  kind: 'import' | 'export';
  progress: ImportProgress | null;
}) {
  const { t } = useTranslation('panels');
  const fraction =
    progress && progress.filesTotal > 0
      ? (progress.filesDone + (progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : 0)) /
        progress.filesTotal
      : null;
  return (
    <div
      className="overlay"
      role="dialog"
      aria-modal="true"
      aria-label={kind === 'import' ? t('progress.importing') : t('progress.exporting')}
    >
      <div className="dialog">
        <h2>{kind === 'import' ? t('progress.importingTitle') : t('progress.exportingTitle')}</h2>
        {fraction === null ? <progress /> : <progress max={1} value={Math.min(1, fraction)} />}
        {progress && (
          <p className="muted">
            {t('progress.files', {
              documents: i18n.t('common:documents', { count: progress.documents }),
              file: Math.min(progress.filesDone + 1, progress.filesTotal),
              count: progress.filesTotal,
            })}
          </p>
        )}
      </div>
    </div>
  );
}

export function ResultDialog({ result, onClose }: { result: TransferResult; onClose: () => void }) {
  const { t } = useTranslation('panels');
  const close = useDialogFocus<HTMLButtonElement>();
  const documents = (count: number) => i18n.t('common:documents', { count });
  const spans = (count: number) => t('result.spans', { count });
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('result.label')}>
      <div className="dialog report">
        {result.kind === 'error' && <p className="error">{result.message}</p>}
        {result.kind === 'export' && (
          <>
            <p>
              <Trans
                t={t}
                i18nKey={result.format === 'jsonl' ? 'result.exported' : 'result.exportedAs'}
                values={{
                  documents: documents(result.documents),
                  spans: spans(result.spans),
                  path: result.path,
                  format: result.format,
                }}
                components={[<code key="path" />]}
              />
            </p>
            <LossList
              report={result.losses}
              heading={(kinds) =>
                result.format === 'jsonl'
                  ? t('losses.exportLeftOut', { count: result.losses.total, kinds })
                  : t('losses.exportFormat', { count: result.losses.total, kinds, format: result.format })
              }
            />
          </>
        )}
        {result.kind === 'import' && <ImportReportView report={result.report} />}
        <button ref={close} type="button" onClick={onClose}>
          {i18n.t('common:close')}
        </button>
      </div>
    </div>
  );
}

/** What an import did; each bad record's reason in the interface's language. */
function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation('panels');
  const summary = [
    t('result.imported', {
      documents: i18n.t('common:documents', { count: report.imported }),
      spans: t('result.spans', { count: report.spans }),
      files: t('result.files', { count: report.files }),
    }),
    report.duplicates.length > 0 && t('result.duplicates', { count: report.duplicates.length }),
    report.createdLabels.length > 0 && t('result.newLabels', { names: report.createdLabels.join(', ') }),
    report.createdAttributes.length > 0 &&
      t('result.newAttributes', { names: report.createdAttributes.join(', ') }),
    report.createdRoles.length > 0 && t('result.newRoles', { names: report.createdRoles.join(', ') }),
  ];
  return (
    <>
      <h2>{report.committed ? t('result.finished') : t('result.nothing')}</h2>
      <p>{summary.filter(Boolean).join(' ')}</p>
      {report.invalidTotal > 0 && (
        <>
          <p className="error">
            {report.committed
              ? t('result.badSkipped', { count: report.invalidTotal })
              : t('result.badStopped', { count: report.invalidTotal })}
          </p>
          <ul className="problems" aria-label={t('result.problems')}>
            {report.invalid.map((p, i) => (
              <li key={i}>
                <code>
                  {p.file}:{p.line}: {mainText(p.text, p.reason)}
                </code>
              </li>
            ))}
            {report.invalidTotal > report.invalid.length && (
              <li>
                {t('result.moreBad', {
                  count: report.invalidTotal - report.invalid.length,
                  listed: report.invalid.length,
                })}
              </li>
            )}
          </ul>
        </>
      )}
      <LossList
        report={report.losses}
        heading={(kinds) => t('losses.import', { count: report.losses.total, kinds })}
      />
      {report.skippedFiles.length > 0 && (
        <>
          <p>{t('result.notRead', { count: report.skippedFiles.length })}</p>
          <ul className="problems" aria-label={t('result.skippedFiles')}>
            {report.skippedFiles.map((f, i) => (
              <li key={i}>
                <code>
                  {f.path}: {mainText(f.text, f.reason)}
                </code>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.duplicates.length > 0 && (
        <details>
          <summary>{t('result.duplicatesHeading')}</summary>
          <ul className="problems">
            {report.duplicates.map((d, i) => (
              <li key={i}>
                <code>{t('result.sameText', { place: `${d.file}:${d.line}`, id: d.existingId })}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
