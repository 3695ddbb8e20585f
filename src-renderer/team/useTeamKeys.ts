import { useEffect } from 'react';
import type { Label, Role } from '../../src-main/db/model.ts';
import { isTyping, keyChar, matches } from '../keys/match.ts';
import { useLatest } from '../state/useLatest.ts';

interface Options {
  labels: readonly Label[];
  roles: readonly Role[];
  blocked: boolean;
  toggleOthers: () => void;
  toggleCuration: () => void;
}

/** The team keys: O shows or hides the other layers, G opens or closes the curation view. A label's or role's hotkey wins. */
export function useTeamKeys(options: Options): void {
  const latest = useLatest(options);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const o = latest.current;
      const typing = isTyping(e.target);
      const layers = matches(e, 'toggle-layers');
      if (o.blocked || typing || !(layers || matches(e, 'curate'))) return;
      const key = keyChar(e);
      if (
        o.labels.some((l) => l.hotkey?.toLowerCase() === key) ||
        o.roles.some((r) => r.hotkey?.toLowerCase() === key)
      )
        return;
      e.preventDefault();
      if (layers) o.toggleOthers();
      else o.toggleCuration();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
