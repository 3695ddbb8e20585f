import { useEffect, useMemo } from 'react';
import type { LexicalEditor } from 'lexical';

/** Whether a mouse button is down in the article, and what to do once it is released. */
export interface Press {
  readonly down: () => boolean;
  /** Runs `then` now, or on release if the button is down; of what one `slot` queues, the last runs. */
  afterRelease: (slot: string, then: () => void) => void;
}

/**
 * Follows a press in the article. While the button is down a drag selection
 * may be under way, and its start lives in the run the press landed on:
 * replacing that run (a late suggestion, a detailed chunk) would cut the
 * drag off and restart it where the pointer is. Whatever replaces runs waits
 * for the release instead.
 */
export function usePress(editor: LexicalEditor): Press {
  const state = useMemo(() => ({ down: false, queued: new Map<string, () => void>() }), []);
  const press = useMemo<Press>(
    () => ({
      down: () => state.down,
      afterRelease: (slot, then) => {
        if (state.down) state.queued.set(slot, then);
        else then();
      },
    }),
    [state],
  );

  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        const onPress = (event: PointerEvent) => {
          if (event.button === 0) state.down = true;
        };
        const onRelease = () => {
          if (!state.down) return;
          state.down = false;
          const queued = [...state.queued.values()];
          state.queued.clear();
          for (const then of queued) then();
        };
        root.addEventListener('pointerdown', onPress);
        window.addEventListener('pointerup', onRelease);
        window.addEventListener('pointercancel', onRelease);
        window.addEventListener('blur', onRelease);
        return () => {
          root.removeEventListener('pointerdown', onPress);
          window.removeEventListener('pointerup', onRelease);
          window.removeEventListener('pointercancel', onRelease);
          window.removeEventListener('blur', onRelease);
        };
      }),
    [editor, state],
  );
  return press;
}
