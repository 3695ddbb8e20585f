import { useEffect, useState } from 'react';
import type { AgreementView } from '../../src-main/agreement/view.ts';
import { api, call, messageOf } from '../state/api.ts';

/** The agreement figures, measured once when the screen opens (in the database thread). */
export function useAgreement(): { view: AgreementView | null; problem: string | null } {
  const [view, setView] = useState<AgreementView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    call(api().agreement.get({})).then(
      (v) => current && setView(v),
      (e: unknown) => current && setProblem(messageOf(e)),
    );
    return () => {
      current = false;
    };
  }, []);
  return { view, problem };
}
