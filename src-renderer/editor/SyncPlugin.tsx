import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useDetailing } from './useDetailing.ts';
import { usePress, type Press } from './usePress.ts';
import { useLatest } from '../state/useLatest.ts';
import { watchSelection } from './selection-state.ts';
import { paragraphRanges } from './segments.ts';
import { applyPlan, replacesRuns } from './apply-plan.ts';
import { labelsKeyOf, NOTHING_DRAWN, planSync, type Drawn, type SyncState } from './sync-plan.ts';

interface Target {
  state: SyncState;
  ranges: readonly { start: number; end: number }[];
}

/**
 * Brings the editor from what `drawn` holds to the latest state (and
 * `widen`'s paragraphs to their highlights). New runs under a pressed mouse
 * wait for its release, and are then drawn from the state of that moment.
 */
function redraw(
  editor: LexicalEditor,
  drawn: { current: Drawn },
  latest: RefObject<Target>,
  press: Press,
  widen?: readonly number[],
): void {
  const { state, ranges } = latest.current;
  const plan = planSync(drawn.current, state, ranges, widen);
  const replaces = replacesRuns(drawn.current, plan);
  if (press.down() && replaces) {
    press.afterRelease('redraw', () => redraw(editor, drawn, latest, press));
    return;
  }
  drawn.current = plan.drawn;
  applyPlan(editor, state.text, plan, replaces);
}

/** Keeps the editor showing `text` with its annotations, redrawing only what changed. */
export function SyncPlugin(props: SyncState) {
  const { text, annotations, labels, selectedId, suggestions, selectedSuggestionId, suggestedHint } = props;
  const [editor] = useLexicalComposerContext();
  const drawn = useRef(NOTHING_DRAWN);
  const ranges = useMemo(() => paragraphRanges(text), [text]);
  const labelsKey = useMemo(() => labelsKeyOf(labels), [labels]);
  const press = usePress(editor);
  const latest = useLatest<Target>({
    state: { text, annotations, labels, selectedId, suggestions, selectedSuggestionId, suggestedHint },
    ranges,
  });
  useEffect(() => watchSelection(), []);

  // Before the browser paints: a highlight drawn from a keypress belongs in that keypress's frame.
  useLayoutEffect(() => {
    redraw(editor, drawn, latest, press);
  }, [
    editor,
    latest,
    press,
    text,
    ranges,
    annotations,
    labels,
    selectedId,
    suggestions,
    selectedSuggestionId,
    suggestedHint,
  ]);

  useDetailing(
    editor,
    text,
    labelsKey,
    press,
    () => drawn.current.detailed,
    (widen) => redraw(editor, drawn, latest, press, widen),
  );
  return null;
}
