import { useEffect, useState } from 'react';
import type { AttributeDef, Role } from '../../src-main/db/model.ts';
import { api, call, messageOf } from './api.ts';

export interface SchemeView {
  roles: Role[];
  attributes: AttributeDef[];
}

const NONE: SchemeView = { roles: [], attributes: [] };

/**
 * The annotation scheme's roles and attributes, read again when the labels
 * change (an import can bring labels, and with them roles).
 */
export function useScheme(labelIds: string, report: (message: string) => void): SchemeView {
  const [scheme, setScheme] = useState<SchemeView>(NONE);
  useEffect(() => {
    let current = true;
    call(api().scheme.get({}))
      .then(({ roles, attributes }) => current && setScheme({ roles, attributes }))
      .catch((e: unknown) => report(`Could not read the annotation scheme: ${messageOf(e)}`));
    return () => {
      current = false;
    };
  }, [labelIds, report]);
  return scheme;
}
