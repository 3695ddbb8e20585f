import { useCallback, useRef, useState } from 'react';
import type { GuidelineWarning } from '../../src-main/db/guidelines.ts';
import type { DocumentStatus } from '../../src-main/db/model.ts';
import type { Outcome } from './document-session.ts';
import type { DocumentSession } from './useDocumentSession.ts';

export interface DoneQuestion {
  docId: number;
  warnings: GuidelineWarning[];
}

/** What the user accepted: the same warnings again are not asked about again. */
const signature = (warnings: readonly GuidelineWarning[]) =>
  JSON.stringify(warnings.map((w) => [w.annotationId, w.message]));

/**
 * Marking a document done while it has open guideline warnings asks first,
 * once: a document whose warnings were accepted is not asked about again in
 * this window unless its warnings changed. Every way of setting the status
 * (the buttons, Alt + digit) goes through `setStatus` here.
 */
export function useDoneCheck(
  session: DocumentSession,
  read: (docId: number) => Promise<GuidelineWarning[] | null>,
) {
  const [question, setQuestion] = useState<DoneQuestion | null>(null);
  const accepted = useRef(new Map<number, string>());
  // Settles the asking setStatus call once the question is answered.
  const settle = useRef<(outcome: Promise<Outcome> | Outcome) => void>(() => undefined);
  const { doc, setStatus: store } = session;

  const setStatus = useCallback(
    async (status: DocumentStatus): Promise<Outcome> => {
      if (status !== 'done' || !doc || doc.status === 'done') return store(status);
      // Read afresh: the panel's list may be a moment behind the last edit.
      // When the checks cannot be read (said already), the user's word stands.
      const warnings = await read(doc.id);
      if (!warnings || warnings.length === 0 || accepted.current.get(doc.id) === signature(warnings))
        return store(status);
      settle.current('failed');
      setQuestion({ docId: doc.id, warnings });
      return new Promise<Outcome>((resolve) => {
        settle.current = resolve;
      });
    },
    [doc, store, read],
  );

  const answer = useCallback(
    (confirmed: boolean) => {
      const asked = question;
      setQuestion(null);
      // The question is about the document it was asked for: should another be open by now, nothing changes.
      if (!confirmed || !asked || doc?.id !== asked.docId) {
        settle.current('failed');
        return;
      }
      accepted.current.set(asked.docId, signature(asked.warnings));
      settle.current(store('done'));
    },
    [question, doc, store],
  );

  return { setStatus, question, answer };
}
