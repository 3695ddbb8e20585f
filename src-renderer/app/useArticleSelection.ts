import { useCallback, useEffect, useState } from 'react';
import type { AnnotationView } from '../../src-main/db/model.ts';
import { selectedRange } from '../editor/dom-offsets.ts';
import { addFragment } from '../editor/fragment-keys.ts';
import { covers } from '../editor/fragments.ts';
import { revealAnnotation, revealSuggestion } from '../editor/reveal.ts';
import type { EditorKeyContext } from '../editor/useEditorKeys.ts';
import type { DocumentSession } from '../state/useDocumentSession.ts';
import { suggestionAt } from '../suggest/place.ts';
import type { Suggestions } from '../suggest/useSuggestions.ts';

/** Where several annotations cover a clicked spot: the chooser's place and choices. */
export interface ChooserAt {
  x: number;
  y: number;
  ids: AnnotationView[];
}

/**
 * What a click in the article selects (an annotation, a suggestion, or a
 * chooser where several cover the spot), and the selection kept in view.
 */
export function useArticleSelection(options: {
  root: HTMLElement | null;
  session: DocumentSession;
  suggestions: Suggestions;
  keyContext: EditorKeyContext;
  exact: boolean;
}) {
  const { root, session, suggestions, keyContext, exact } = options;
  const { setSelectedId } = session;
  const [chooser, setChooser] = useState<ChooserAt | null>(null);

  // The selected annotation is scrolled into view wherever it was selected from.
  // One just drawn from a keypress (a draft, id < 0) is where the selection was,
  // in view already: looking it up would only slow the keypress down.
  useEffect(() => {
    if (!root || session.selectedId === null || session.selectedId < 0) return;
    revealAnnotation(root, session.selectedId);
  }, [root, session.selectedId]);
  useEffect(() => {
    if (root && suggestions.selectedId !== null) revealSuggestion(root, suggestions.selectedId);
  }, [root, suggestions.selectedId]);
  // A row clicked again scrolls too, though the selection, and so the effect above, stays.
  const showAnnotation = useCallback(
    (id: number) => {
      setSelectedId(id);
      if (root) revealAnnotation(root, id);
    },
    [root, setSelectedId],
  );

  const onArticleMouseUp = (e: React.MouseEvent) => {
    if (!root) return;
    const range = selectedRange(root);
    // A selection made with Alt held is one more fragment of the selected annotation.
    if (e.altKey && range && !range.collapsed && session.selectedId !== null) {
      void addFragment(keyContext, exact);
      return;
    }
    if (!range || !range.collapsed) {
      setChooser(null);
      return;
    }
    const covering = session.annotations.filter((a) => covers(a, range.start));
    const suggested = suggestionAt(suggestions.list, range.start, covering);
    if (suggested) {
      setChooser(null);
      suggestions.select(suggested.id);
    } else if (covering.length > 1) setChooser({ x: e.clientX, y: e.clientY, ids: covering });
    else {
      setChooser(null);
      session.setSelectedId(covering[0]?.id ?? null);
    }
  };

  return { chooser, setChooser, showAnnotation, onArticleMouseUp };
}
