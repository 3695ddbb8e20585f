import { i18n } from '../i18n/i18n.ts';
import { useCallback, useEffect, useState } from 'react';
import type { ImportProgress, ImportReport } from '../../src-main/corpus/report.ts';
import type { DocumentStatus } from '../../src-main/db/model.ts';
import type { LossReport } from '../../src-main/formats/losses.ts';
import type { FormatName } from '../../src-main/formats/types.ts';
import type { ImportChoices, ImportSource } from '../../src-main/ipc/contract.ts';
import { api, call, messageOf } from './api.ts';

export type TransferResult =
  | { kind: 'import'; report: ImportReport }
  | { kind: 'export'; path: string; documents: number; spans: number; format: FormatName; losses: LossReport }
  | { kind: 'error'; message: string };

/**
 * Import and export through the main process, with progress events while they
 * run. `onImported` runs before the import's result is shown.
 */
export function useCorpusTransfer(onImported: (report: ImportReport) => Promise<void>) {
  const [running, setRunning] = useState<'import' | 'export' | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<TransferResult | null>(null);

  useEffect(() => api().on('corpus.progress', setProgress), []);

  const runImport = useCallback(
    async (from: ImportSource, options: ImportChoices): Promise<ImportReport | null> => {
      setRunning('import');
      setProgress(null);
      try {
        const outcome = await call(api().corpus.import({ from, ...options }));
        if ('cancelled' in outcome) return null;
        await onImported(outcome);
        setResult({ kind: 'import', report: outcome });
        return outcome;
      } catch (e) {
        setResult({ kind: 'error', message: i18n.t('state:importFailed', { message: messageOf(e) }) });
        return null;
      } finally {
        setRunning(null);
      }
    },
    [onImported],
  );

  const runExport = useCallback(async (choice: ExportChoice) => {
    setRunning('export');
    try {
      const outcome = await call(api().corpus.export(choice));
      if (!('cancelled' in outcome)) setResult({ kind: 'export', ...outcome });
    } catch (e) {
      setResult({ kind: 'error', message: i18n.t('state:exportFailed', { message: messageOf(e) }) });
    } finally {
      setRunning(null);
    }
  }, []);

  const clearResult = useCallback(() => setResult(null), []);

  return { running, progress, result, clearResult, runImport, runExport };
}

export type CorpusTransfer = ReturnType<typeof useCorpusTransfer>;

/** What the export dialog asks for: the documents, the format, one layer or all, suggestions too. */
export interface ExportChoice {
  status?: DocumentStatus | undefined;
  format: FormatName;
  layer?: string | undefined;
  suggestions: boolean;
}
