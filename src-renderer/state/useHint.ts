import { useCallback, useRef, useState } from 'react';

/** The status line's passing message: shown for four seconds, replaced by the next. */
export function useHint(): { hint: string | null; showHint: (message: string) => void } {
  const [hint, setHint] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const showHint = useCallback((message: string) => {
    setHint(message);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setHint(null), 4000);
  }, []);
  return { hint, showHint };
}
