import { useEffect } from 'react';
import { matches } from '../keys/match.ts';

/**
 * Ctrl/⌘ + Shift + G opens the Agreement screen, as the menu's entry does
 * (the key table's `agreement` row); the window handles it too, so it works where the
 * menu is not there (the browser build the tests run).
 */
export function useAgreementKey(open: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (matches(e, 'agreement')) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
