import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Focus for a control drawn by the next render: the list entry of a label
 * just created, the button a closed form came from. A control that vanishes
 * while it has focus leaves focus on <body>, and the next Tab starts over
 * from the top of the page. Call it once the change is in the state.
 */
export function useFocusLater(root: RefObject<HTMLElement | null>): (selector: string) => void {
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (pending === null) return;
    root.current?.querySelector<HTMLElement>(pending)?.focus();
    setPending(null);
  }, [pending, root]);
  return useCallback((selector: string) => setPending(selector), []);
}
