import { useCallback } from 'react';
import type { ImportReport } from '../../src-main/corpus/report.ts';
import type { DocumentSummary } from '../../src-main/db/model.ts';
import { api, call } from './api.ts';
import { useLatest } from './useLatest.ts';

/**
 * What an import does to the window: the corpus is read again, and a window
 * with no document open opens the first one (the samples are there to be
 * read). It opens before the result is shown, so that closing the result
 * gives focus to its text (useDialogFocus).
 */
export function useOpenFirstImported(
  openDoc: { id: number } | null,
  refresh: () => void,
  open: (id: number) => Promise<unknown>,
): (report: ImportReport) => Promise<void> {
  const opened = useLatest(openDoc);
  return useCallback(
    async (report: ImportReport) => {
      refresh();
      if (report.imported === 0 || opened.current) return;
      try {
        const first: DocumentSummary | undefined = (await call(api().documents.list({ offset: 0, limit: 1 })))
          .items[0];
        if (first && !opened.current) await open(first.id);
      } catch {
        // The list itself reports what it cannot read.
      }
    },
    [refresh, open, opened],
  );
}
