import { useCallback, useLayoutEffect, useRef } from 'react';
import type { EditorKeyContext } from '../editor/useEditorKeys.ts';
import { runSuggestionCommand, type SuggestionCommand } from './suggestion-keys.ts';

/** The Suggestions menu's commands, run as their keys run in the article. */
export function useSuggestionCommand(keyContext: EditorKeyContext): (command: SuggestionCommand) => void {
  const latest = useRef(keyContext);
  // Updated before paint, as useLatest does: a menu command acts on what is on screen.
  useLayoutEffect(() => {
    latest.current = keyContext;
  });
  return useCallback((command: SuggestionCommand) => {
    const keys = latest.current;
    runSuggestionCommand(
      { ...keys, annotationSelected: keys.session.selectedId !== null, enterFree: true },
      command,
    );
  }, []);
}
