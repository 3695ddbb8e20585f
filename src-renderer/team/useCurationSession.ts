import { useMemo } from 'react';
import type { DocumentStatus } from '../../src-main/db/model.ts';
import type { DocumentSession } from '../state/useDocumentSession.ts';

/**
 * The session the editor's keys act on: while curating, Alt + digit and the
 * status buttons set the document's curation status instead of its own.
 */
export function useCurationSession(
  session: DocumentSession,
  curating: boolean,
  setCurationStatus: (status: DocumentStatus) => Promise<unknown>,
): DocumentSession {
  return useMemo(
    () =>
      curating
        ? {
            ...session,
            setStatus: async (status: DocumentStatus) => {
              await setCurationStatus(status);
              return 'stored' as const;
            },
          }
        : session,
    [curating, setCurationStatus, session],
  );
}
