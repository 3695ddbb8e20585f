import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Where focus goes when a dialog closes and the control that opened it is
 * gone (the welcome screen's button once the samples are in): the open
 * article, else the document list. Left on <body>, the next Tab would start
 * from wherever the vanished control had been.
 */
const FALLBACKS = ['.article-text', '.doc-viewport'];

/**
 * Focuses the dialog's first control on open and gives focus back on close,
 * in the commit that draws or removes the dialog: a key pressed as soon as it
 * shows (Enter on a result) must reach its control, not the page.
 */
export function useDialogFocus<T extends HTMLElement>(): RefObject<T | null> {
  const first = useRef<T>(null);
  useLayoutEffect(() => {
    const opener = document.activeElement;
    first.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) {
        opener.focus();
        return;
      }
      for (const selector of FALLBACKS) {
        const target = document.querySelector<HTMLElement>(selector);
        if (target) {
          target.focus();
          return;
        }
      }
    };
  }, []);
  return first;
}
