import { useLayoutEffect } from 'react';
import { matches } from '../keys/match.ts';
import type { Dialog } from '../panels/Dialogs.tsx';

interface Options {
  dialog: Dialog;
  closeDialog: () => void;
  /** Whether an import or export report is on screen. */
  reportShown: boolean;
  closeReport: () => void;
  /** Closes what lies under the dialogs: the chooser, the role chooser, the folded-out panel. */
  closeRest: () => void;
}

/**
 * Escape closes whatever sits on top: a dialog, the import/export report, the
 * chooser and the folded-out annotation panel.
 */
export function useEscapeCloses({ dialog, closeDialog, reportShown, closeReport, closeRest }: Options): void {
  // A layout effect: a dialog on screen must already be known here, or an
  // Escape pressed the moment it appears would close nothing.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The scheme editor closes itself: it asks first when changes are unsaved.
      if (!matches(e, 'escape') || dialog === 'scheme') return;
      if (dialog !== null) closeDialog();
      else if (reportShown) closeReport();
      else closeRest();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, closeDialog, reportShown, closeReport, closeRest]);
}
