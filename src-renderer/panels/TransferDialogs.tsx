import { useState } from 'react';
import type { ImportProgress } from '../../src-main/corpus/report.ts';
import type { CorpusStats, DocumentStatus } from '../../src-main/db/model.ts';
import type { ImportChoices, ImportSource } from '../../src-main/ipc/contract.ts';
import { exportHeading, IMPORT_HEADING, lossLines } from '../../src-main/formats/losses.ts';
import { FORMAT_TITLES } from '../../src-main/formats/titles.ts';
import { FORMAT_NAMES, type FormatName } from '../../src-main/formats/types.ts';
import { STATUS_ORDER } from '../state/statuses.ts';
import type { ExportChoice, TransferResult } from '../state/useCorpusTransfer.ts';
import { useCorpusLayers } from '../state/useCorpusLayers.ts';
import { GOLD_LAYER } from '../../src-main/db/annotator-name.ts';
import { count, STATUS_TEXT } from '../state/wording.ts';
import { useDialogFocus } from './useDialogFocus.ts';

export function ImportDialog({
  onImport,
  onClose,
}: {
  onImport: (from: ImportSource, options: ImportChoices) => void;
  onClose: () => void;
}) {
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [createLabels, setCreateLabels] = useState(false);
  const [format, setFormat] = useState<FormatName | ''>('');
  const first = useDialogFocus<HTMLButtonElement>();
  const go = (from: ImportSource) =>
    onImport(from, { skipInvalid, createLabels, ...(format ? { format } : {}) });
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Import">
      <div className="dialog">
        <h2>Import</h2>
        <p className="muted">
          JSONL (offsets in Unicode code points), .txt articles, other tools&apos; files, or a folder of
          those.
        </p>
        <label>
          Format{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as FormatName | '')}>
            <option value="">Tell from the files</option>
            {FORMAT_NAMES.map((f) => (
              <option key={f} value={f}>
                {FORMAT_TITLES[f]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />{' '}
          Import the valid records and report the bad ones (otherwise one bad record stops the import)
        </label>
        <label>
          <input type="checkbox" checked={createLabels} onChange={(e) => setCreateLabels(e.target.checked)} />{' '}
          Create labels, attributes and roles the file uses but the corpus lacks
        </label>
        <div className="dialog-buttons">
          <button ref={first} type="button" onClick={() => go('files')}>
            Choose files…
          </button>
          <button type="button" onClick={() => go('folder')}>
            Choose a folder…
          </button>
          <button type="button" onClick={() => go('samples')}>
            Sample articles
          </button>
          <button type="button" onClick={onClose}>
            Cancel
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
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Export">
      <div className="dialog">
        <h2>Export corpus</h2>
        <label>
          Documents{' '}
          <select
            ref={first}
            value={status}
            onChange={(e) => setStatus(e.target.value as DocumentStatus | '')}
          >
            {(['', ...STATUS_ORDER] as const).map((s) => {
              const n = matching(s);
              const what = s === '' ? 'all' : `${STATUS_TEXT[s].toLowerCase()} only`;
              return (
                <option key={s} value={s}>
                  {n === null ? what : `${what} (${count(n, 'document')})`}
                </option>
              );
            })}
          </select>
        </label>
        <label>
          Format{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as FormatName)}>
            {FORMAT_NAMES.map((f) => (
              <option key={f} value={f}>
                {FORMAT_TITLES[f]}
              </option>
            ))}
          </select>
        </label>
        {layers.length > 0 && (
          <label>
            Layers{' '}
            <select value={layer} onChange={(e) => setLayer(e.target.value)}>
              <option value="">all, each span with its annotator</option>
              {layers.map((name) => (
                <option key={name} value={name}>
                  {name === GOLD_LAYER ? 'gold (curated) only' : `${name} only`}
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
          Include open suggestions (origin “suggestion”, no annotator)
        </label>
        {format !== 'jsonl' && (
          <p className="muted">What this format cannot hold is listed after the export.</p>
        )}
        {empty && (
          <p className="warning" role="alert">
            No document is {status ? STATUS_TEXT[status].toLowerCase() : 'in the corpus'}: the file would be
            empty.
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
            {empty ? 'Export an empty file…' : 'Choose file and export…'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}

/** The loss report (formats/losses.ts): its heading, then the losses listed. */
function LossList({ lines }: { lines: string[] }) {
  const [heading, ...items] = lines;
  if (heading === undefined) return null;
  return (
    <>
      <p className="warning">{heading}:</p>
      <ul className="problems" aria-label="Losses">
        {items.map((l, i) => (
          <li key={i}>
            <code>{l.trim()}</code>
          </li>
        ))}
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
      aria-label={kind === 'import' ? 'Importing' : 'Exporting'}
    >
      <div className="dialog">
        <h2>{kind === 'import' ? 'Importing…' : 'Exporting…'}</h2>
        {fraction === null ? <progress /> : <progress max={1} value={Math.min(1, fraction)} />}
        {progress && (
          <p className="muted">
            {count(progress.documents, 'document')} · file{' '}
            {Math.min(progress.filesDone + 1, progress.filesTotal)} of {progress.filesTotal}
          </p>
        )}
      </div>
    </div>
  );
}

export function ResultDialog({ result, onClose }: { result: TransferResult; onClose: () => void }) {
  const close = useDialogFocus<HTMLButtonElement>();
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Result">
      <div className="dialog report">
        {result.kind === 'error' && <p className="error">{result.message}</p>}
        {result.kind === 'export' && (
          <>
            <p>
              Exported {count(result.documents, 'document')} with {count(result.spans, 'span')} to{' '}
              <code>{result.path}</code>
              {result.format === 'jsonl' ? '' : ` as ${result.format}`}.
            </p>
            <LossList lines={lossLines(result.losses, exportHeading(result.format))} />
          </>
        )}
        {result.kind === 'import' && (
          <>
            <h2>{result.report.committed ? 'Import finished' : 'Nothing was imported'}</h2>
            <p>
              {count(result.report.imported, 'document')} with {count(result.report.spans, 'span')} imported
              from {count(result.report.files, 'file')}.
              {result.report.duplicates.length > 0 &&
                ` ${count(result.report.duplicates.length, 'duplicate')} skipped.`}
              {result.report.createdLabels.length > 0 &&
                ` New labels: ${result.report.createdLabels.join(', ')}.`}
              {result.report.createdAttributes.length > 0 &&
                ` New attributes: ${result.report.createdAttributes.join(', ')}.`}
              {result.report.createdRoles.length > 0 &&
                ` New roles: ${result.report.createdRoles.join(', ')}.`}
            </p>
            {result.report.invalidTotal > 0 && (
              <>
                <p className="error">
                  {count(result.report.invalidTotal, 'bad record')}
                  {result.report.committed ? ' skipped:' : ' — fix them, or import again and skip them:'}
                </p>
                <ul className="problems" aria-label="Problems">
                  {result.report.invalid.map((p, i) => (
                    <li key={i}>
                      <code>
                        {p.file}:{p.line}: {p.reason}
                      </code>
                    </li>
                  ))}
                  {result.report.invalidTotal > result.report.invalid.length && (
                    <li>
                      … and{' '}
                      {count(result.report.invalidTotal - result.report.invalid.length, 'more bad record')}{' '}
                      (the first {result.report.invalid.length} are listed)
                    </li>
                  )}
                </ul>
              </>
            )}
            <LossList lines={lossLines(result.report.losses, IMPORT_HEADING)} />
            {result.report.skippedFiles.length > 0 && (
              <>
                <p>{count(result.report.skippedFiles.length, 'file')} not read:</p>
                <ul className="problems" aria-label="Skipped files">
                  {result.report.skippedFiles.map((f, i) => (
                    <li key={i}>
                      <code>
                        {f.path}: {f.reason}
                      </code>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {result.report.duplicates.length > 0 && (
              <details>
                <summary>Duplicates</summary>
                <ul className="problems">
                  {result.report.duplicates.map((d, i) => (
                    <li key={i}>
                      <code>
                        {d.file}:{d.line}: same text as {d.existingId}
                      </code>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
        <button ref={close} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
