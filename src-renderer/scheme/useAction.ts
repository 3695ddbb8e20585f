import { useCallback, useState } from 'react';
import { messageOf } from '../state/api.ts';

/**
 * One save or delete at a time from a form, with the refusal kept to show
 * beside it. `run` answers the caught error (null on success), so a caller
 * can act on a refusal's code at once.
 */
export function useAction() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (fn: () => Promise<void>): Promise<unknown> => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      return null;
    } catch (e) {
      setError(e);
      return e;
    } finally {
      setBusy(false);
    }
  }, []);
  const message = error === null ? null : messageOf(error);
  return { run, busy, error, message, clear: () => setError(null) };
}
