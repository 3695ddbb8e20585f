import { useMemo, type Dispatch, type SetStateAction } from 'react';
import type { EditorKeyContext } from '../editor/useEditorKeys.ts';
import { i18n } from '../i18n/i18n.ts';
import { FIRST_ATTRIBUTE_FIELD } from '../panels/AttributeFields.tsx';
import type { Dialog } from '../panels/Dialogs.tsx';
import { firstFrameControl } from '../panels/EventFrame.tsx';
import { afterNextPaint } from '../state/after-next-paint.ts';

/** The window's state the context is made of; the commands are built from its setters. */
export type KeyContextParts = Omit<
  EditorKeyContext,
  'toggleExact' | 'showShortcuts' | 'focusAttributes' | 'focusFrame'
> & {
  setExact: Dispatch<SetStateAction<boolean>>;
  setDialog: Dispatch<SetStateAction<Dialog>>;
  setPanelOpen: Dispatch<SetStateAction<boolean>>;
};

/**
 * What the editor's keys act on (useEditorKeys.ts), the same object until a
 * part of it changes: the label bar and the suggestion command take it too.
 */
export function useKeyContext(parts: KeyContextParts): EditorKeyContext {
  const { root, session, labels, roles, linking, exact, blocked, hint, suggestions, askAcceptAll } = parts;
  const { setExact, setDialog, setPanelOpen } = parts;
  return useMemo(
    () => ({
      root,
      session,
      labels,
      roles,
      linking,
      exact,
      blocked,
      hint,
      toggleExact: () => setExact((x) => !x),
      showShortcuts: () => setDialog('shortcuts'),
      focusAttributes: () => {
        // A narrow window shows the panel first.
        setPanelOpen(true);
        void afterNextPaint().then(() => {
          const field = document.querySelector<HTMLElement>(FIRST_ATTRIBUTE_FIELD);
          if (field) field.focus();
          else hint(i18n.t('app:attributesNeedSelection'));
        });
      },
      focusFrame: () => firstFrameControl()?.focus(),
      suggestions,
      askAcceptAll,
    }),
    [
      root,
      session,
      labels,
      roles,
      linking,
      exact,
      blocked,
      hint,
      suggestions,
      askAcceptAll,
      setExact,
      setDialog,
      setPanelOpen,
    ],
  );
}
