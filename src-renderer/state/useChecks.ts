import { i18n } from '../i18n/i18n.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GuidelineWarning } from '../../src-main/db/guidelines.ts';
import { api, call, messageOf } from './api.ts';

const NONE: GuidelineWarning[] = [];

/**
 * The open document's guideline warnings (src-main/db/guidelines.ts), read
 * again whenever `changed` does: after each edit, undo, status change or
 * scheme change. A reply that comes in after a newer request is dropped, so
 * quick edits never leave an older list on screen.
 */
export function useChecks(
  docId: number | null,
  changed: unknown,
  report: (message: string) => void,
  /** The layer the editor shows: the user's own, or gold while curating. */
  layer?: 'gold',
) {
  const [checks, setChecks] = useState<{ docId: number; warnings: GuidelineWarning[] } | null>(null);
  const ticket = useRef(0);

  /** Reads the document's warnings now; null when they could not be read (already reported). */
  const read = useCallback(
    async (id: number): Promise<GuidelineWarning[] | null> => {
      const mine = ++ticket.current;
      try {
        const warnings = await call(
          api().documents.warnings({ documentId: id, ...(layer ? { layer } : {}) }),
        );
        // The same list again (most edits change nothing here) keeps the old one: no redraw of the window.
        if (mine === ticket.current)
          setChecks((old) =>
            old?.docId === id && JSON.stringify(old.warnings) === JSON.stringify(warnings)
              ? old
              : { docId: id, warnings },
          );
        return warnings;
      } catch (e) {
        report(i18n.t('state:couldNotCheck', { message: messageOf(e) }));
        return null;
      }
    },
    [report, layer],
  );

  useEffect(() => {
    if (docId === null) return;
    void read(docId);
  }, [docId, changed, read]);

  const warnings = checks && checks.docId === docId ? checks.warnings : NONE;
  return { warnings, read };
}
