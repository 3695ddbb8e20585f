import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Label } from '../../src-main/db/model.ts';
import { selectedRange } from '../editor/dom-offsets.ts';
import { coveredText } from '../editor/fragments.ts';
import { i18n } from '../i18n/i18n.ts';
import { messageOf } from '../state/api.ts';
import type { DocumentSession } from '../state/useDocumentSession.ts';
import { suggestionCalls, type MentionScope } from './calls.ts';
import { stepSuggestion, unclaimed } from './place.ts';
import type { SuggestionList } from './useSuggestionList.ts';

/** What "annotate all mentions" did last, shown until another annotation is selected. */
export interface MentionNotice {
  annotationId: number;
  /** The mention's text and label, as the notice names them. */
  covered: string;
  label: string;
  scope: MentionScope;
  suggested: number;
  documents: number;
}

interface Options {
  list: SuggestionList;
  session: DocumentSession;
  root: HTMLElement | null;
  labels: ReadonlyMap<number, Label>;
  notify: (message: string) => void;
}

/** What the window does with suggestions: select and step through them, accept, reject, find mentions. */
export function useSuggestions({ list, session, root, labels, notify }: Options) {
  const { setSelectedId, show, settle } = list;
  // What is shown and stepped through: not the stale ones an annotation of their label now overlaps.
  const shown = useMemo(() => unclaimed(list.list, session.annotations), [list.list, session.annotations]);
  const selected = shown.find((s) => s.id === list.selectedId) ?? null;
  const [notice, setNotice] = useState<MentionNotice | null>(null);

  // One selection at a time: an annotation selected (by any key or click) ends the suggestion's.
  const annotationId = session.selectedId;
  useEffect(() => {
    if (annotationId !== null) setSelectedId(null);
    setNotice((n) => (n && n.annotationId === annotationId ? n : null));
  }, [annotationId, setSelectedId]);

  const { setSelectedId: selectAnnotation } = session;
  const select = useCallback(
    (id: number | null) => {
      if (id !== null) selectAnnotation(null);
      setSelectedId(id);
    },
    [selectAnnotation, setSelectedId],
  );

  const move = (direction: 1 | -1) => {
    const caret = root ? selectedRange(root) : null;
    const annotation = session.annotations.find((a) => a.id === session.selectedId);
    const next = stepSuggestion(
      shown,
      { suggestionId: selected?.id ?? null, offset: annotation?.start ?? caret?.start ?? null },
      direction,
    );
    if (next) select(next.id);
    else notify(i18n.t('suggest:hint.noneHere'));
  };

  const accept = async () => {
    if (!selected) {
      notify(i18n.t('suggest:hint.selectToAccept'));
      return;
    }
    // Gone from the suggestions at once; the annotation takes its place when stored. The
    // reply's list is not redrawn: accepting changes no other suggestion, and a long
    // article's tens of thousands would be compared again for one.
    setSelectedId(null);
    await settle(selected.id, () =>
      session.adopt(async () => (await suggestionCalls.accept(selected.id)).annotation),
    );
  };

  const reject = async () => {
    if (!selected) {
      notify(i18n.t('suggest:hint.selectToReject'));
      return;
    }
    // The next one is selected, so X X Enter works through them.
    const after = stepSuggestion(shown, { suggestionId: selected.id, offset: null }, 1);
    setSelectedId(after && after !== selected ? after.id : null);
    try {
      // As for accepting, the reply's list is not redrawn.
      await settle(selected.id, () => suggestionCalls.reject(selected.id));
    } catch (e) {
      notify(i18n.t('suggest:error.reject', { reason: messageOf(e) }));
      // What the database holds is shown again.
      const id = list.documentId;
      if (id !== null)
        void suggestionCalls.list(id).then(
          (l) => show(id, l),
          () => undefined,
        );
    }
  };

  const acceptAll = async (labelId: number) => {
    const name = labels.get(labelId)?.name ?? '?';
    let accepted = 0;
    const outcome = await session.adoptMany(async (documentId) => {
      accepted = (await suggestionCalls.acceptAll(documentId, labelId)).annotations.length;
    });
    if (outcome === 'stored') notify(i18n.t('suggest:acceptAll.done', { count: accepted, label: name }));
  };

  const mentions = async () => {
    const annotation = session.annotations.find((a) => a.id === session.selectedId);
    const text = session.doc?.text;
    if (!annotation || annotation.id < 0 || text === undefined) {
      notify(i18n.t('suggest:hint.selectAnnotation'));
      return;
    }
    // The same command again, on the same annotation, reaches the whole corpus.
    const scope: MentionScope =
      notice?.annotationId === annotation.id && notice.scope === 'document' ? 'corpus' : 'document';
    try {
      const found = await suggestionCalls.mentions(annotation.id, scope);
      if (session.doc) show(session.doc.id, found.suggestions);
      setNotice({
        annotationId: annotation.id,
        covered: coveredText(text, annotation),
        label: labels.get(annotation.labelId)?.name ?? '?',
        scope,
        suggested: found.added,
        documents: found.documents,
      });
    } catch (e) {
      notify(i18n.t('suggest:error.mentions', { reason: messageOf(e) }));
    }
  };

  // Counts per label of the open suggestions: what "accept all" offers.
  const counts = useMemo(() => {
    const byLabel = new Map<number, number>();
    for (const s of shown) byLabel.set(s.labelId, (byLabel.get(s.labelId) ?? 0) + 1);
    return byLabel;
  }, [shown]);

  return {
    list: shown,
    selectedId: selected?.id ?? null,
    selected,
    counts,
    notice,
    select,
    move,
    accept,
    reject,
    acceptAll,
    mentions,
  };
}

export type Suggestions = ReturnType<typeof useSuggestions>;
