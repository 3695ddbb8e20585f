import { useCallback, useMemo, useRef, useState } from 'react';
import type { GuidelineWarning } from '../../src-main/db/guidelines.ts';
import type { DocumentStatus } from '../../src-main/db/model.ts';
import type { Outcome } from './document-session.ts';
import type { DocumentSession } from './useDocumentSession.ts';

export interface DoneQuestion {
  docId: number;
  warnings: GuidelineWarning[];
}

/** A warning as the user accepted it: the same annotation lacking the same thing, said the same way. */
const keyOf = (w: GuidelineWarning) => `${w.annotationId}\u0000${w.message}`;

/**
 * Marking a document done while it has open guideline warnings asks first,
 * once: a document whose warnings were accepted is not asked about again in
 * this window unless a warning the user has not seen there came up (fewer
 * warnings than accepted do not ask again). Every way of setting the status
 * (the buttons, Alt + digit) goes through the `session` handed back, whose
 * `setStatus` asks.
 */
export function useDoneCheck(
  session: DocumentSession,
  read: (docId: number) => Promise<GuidelineWarning[] | null>,
) {
  const [question, setQuestion] = useState<DoneQuestion | null>(null);
  const accepted = useRef(new Map<number, ReadonlySet<string>>());
  // Settles the asking setStatus call once the question is answered.
  const settle = useRef<(outcome: Promise<Outcome> | Outcome) => void>(() => undefined);
  const { doc, setStatus: store } = session;

  const setStatus = useCallback(
    async (status: DocumentStatus): Promise<Outcome> => {
      if (status !== 'done' || !doc || doc.status === 'done') return store(status);
      // Read afresh: the panel's list may be a moment behind the last edit.
      // When the checks cannot be read (said already), the user's word stands.
      const warnings = await read(doc.id);
      const seen = accepted.current.get(doc.id);
      if (!warnings || warnings.every((w) => seen?.has(keyOf(w)))) return store(status);
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
      accepted.current.set(asked.docId, new Set(asked.warnings.map(keyOf)));
      settle.current(store('done'));
    },
    [question, doc, store],
  );

  const guarded = useMemo(() => ({ ...session, setStatus }), [session, setStatus]);
  return { session: guarded, question, answer };
}
