import { useCallback, useRef, useState } from 'react';
import { inTextOrder } from '../editor/segments.ts';
import { i18n } from '../i18n/i18n.ts';
import { messageOf } from '../state/api.ts';
import { useLatest } from '../state/useLatest.ts';
import { afterNextPaint, afterThisFrame } from '../state/after-next-paint.ts';
import { suggestionCalls } from './calls.ts';
import type { SuggestionView } from './suggestion.ts';

/**
 * The open document's open suggestions, in text order, and the selected one.
 * They come with the document (documents.get); a document just opened has
 * the rules run over it on the database thread, and the window only waits
 * for the reply, so a long article stays responsive meanwhile.
 */
export function useSuggestionList(notify: (message: string) => void) {
  const [list, setList] = useState<SuggestionView[]>([]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [documentId, setDocumentId] = useState<number | null>(null);
  const shown = useRef<number | null>(null);
  // Only the latest read may set the list: an older reply is for a document left since.
  const reads = useRef(0);
  const say = useLatest(notify);
  // Suggestions accepted or rejected whose call is under way: a reply to another call leaves them out.
  const settling = useRef(new Set<number>());

  /** Shows the list a call about document `id` answered with, if that document is still the open one. */
  const show = useCallback((id: number, found: readonly SuggestionView[]) => {
    if (shown.current !== id) return;
    const sorted = found.filter((s) => !settling.current.has(s.id)).sort(inTextOrder);
    setList(sorted);
    setSelectedId((selected) => (sorted.some((s) => s.id === selected) ? selected : null));
  }, []);

  /**
   * The document `id` was read with its stored suggestions. Just opened, its
   * text is drawn first with no suggestions (none of the last document's on
   * it), and its stored ones a frame later: a long article's thousands of
   * outlines held its first paint back. The rules then run over it, and what
   * they add follows. Read again (after undo, redo, a change), its text is
   * already drawn: the list is shown at once.
   */
  const load = useCallback(
    async (id: number, stored: readonly SuggestionView[]) => {
      const opened = shown.current !== id;
      shown.current = id;
      setDocumentId(id);
      const read = ++reads.current;
      if (!opened) {
        show(id, stored);
        return;
      }
      setSelectedId(null);
      setList([]);
      try {
        await afterThisFrame();
        if (read !== reads.current) return;
        show(id, stored);
        // After the frame that draws them: over a long article the rules keep the
        // database thread busy for a while, on a core the window's drawing may need.
        await afterNextPaint();
        if (read !== reads.current) return;
        const computed = await suggestionCalls.computeOnce(id);
        if (read === reads.current) show(id, computed.suggestions);
      } catch (e) {
        if (read === reads.current) say.current(i18n.t('suggest:error.suggest', { reason: messageOf(e) }));
      }
    },
    [say, show],
  );

  /** Takes a suggestion off the list while `work` accepts or rejects it. */
  const settle = useCallback(async <T>(id: number, work: () => Promise<T>): Promise<T> => {
    settling.current.add(id);
    setList((l) => l.filter((s) => s.id !== id));
    try {
      return await work();
    } finally {
      settling.current.delete(id);
    }
  }, []);

  return { list, show, settle, selectedId, setSelectedId, documentId, load };
}

export type SuggestionList = ReturnType<typeof useSuggestionList>;
