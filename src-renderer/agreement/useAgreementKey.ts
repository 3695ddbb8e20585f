import { useEffect } from 'react';

/**
 * Ctrl/⌘ + Shift + G opens the Agreement screen, as the menu's entry does
 * (MENU_KEYS.agreement); the window handles it too, so it works where the
 * menu is not there (the browser build the tests run).
 */
export function useAgreementKey(open: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'g') {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
