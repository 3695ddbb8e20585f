import { useEffect } from 'react';
import { matches } from '../keys/match.ts';
import { useLatest } from '../state/useLatest.ts';

/** The find commands: each is a menu command and a row of the key table by the same name. */
const FIND_COMMANDS = ['find', 'find-corpus', 'filter-documents'] as const;
export type FindCommand = (typeof FIND_COMMANDS)[number];

export const isFindCommand = (command: string): command is FindCommand =>
  (FIND_COMMANDS as readonly string[]).includes(command);

/**
 * The find keys (the key table's rows: Ctrl + F, Ctrl + Shift + F, Ctrl + L), read by
 * the window itself and also in text fields, where they edit nothing;
 * ignored while a dialog is open.
 */
export function useFindKeys(blocked: boolean, run: (command: FindCommand) => void): void {
  const latest = useLatest({ blocked, run });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = FIND_COMMANDS.find((c) => matches(e, c));
      if (!command || latest.current.blocked) return;
      e.preventDefault();
      e.stopPropagation();
      latest.current.run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
