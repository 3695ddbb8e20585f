import { useEffect } from 'react';
import { FIND_KEYS } from '../../src-main/ipc/contract.ts';
import { useLatest } from '../state/useLatest.ts';

export type FindCommand = keyof typeof FIND_KEYS;

/** Whether `e` is `accelerator` (`CmdOrCtrl+Shift+F`): that modifier set exactly, that key. */
export function isAccelerator(e: KeyboardEvent, accelerator: string): boolean {
  const parts = accelerator.split('+');
  const key = (parts[parts.length - 1] ?? '').toLowerCase();
  const mod = e.ctrlKey || e.metaKey;
  if (mod !== parts.includes('CmdOrCtrl') || e.shiftKey !== parts.includes('Shift') || e.altKey) return false;
  // The letter's key, whatever the layout makes of Shift: e.code is KeyF for Shift + F.
  return e.code === `Key${key.toUpperCase()}` || e.key.toLowerCase() === key;
}

/**
 * The find keys (FIND_KEYS: Ctrl + F, Ctrl + Shift + F, Ctrl + L), read by
 * the window itself and also in text fields, where they edit nothing;
 * ignored while a dialog is open.
 */
export function useFindKeys(blocked: boolean, run: (command: FindCommand) => void): void {
  const latest = useLatest({ blocked, run });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = (Object.keys(FIND_KEYS) as FindCommand[]).find((c) => isAccelerator(e, FIND_KEYS[c]));
      if (!command || latest.current.blocked) return;
      e.preventDefault();
      e.stopPropagation();
      latest.current.run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
