import { useEffect, useState } from 'react';
import type { AttributeDef } from '../../src-main/db/model.ts';
import { api, call, messageOf } from './api.ts';

/**
 * The scheme's attribute definitions, read again whenever the corpus's labels
 * change (an import may bring a scheme along).
 */
export function useAttributeDefs(version: unknown, report: (message: string) => void): AttributeDef[] {
  const [defs, setDefs] = useState<AttributeDef[]>([]);
  useEffect(() => {
    let current = true;
    call(api().scheme.get({}))
      .then((scheme) => {
        if (current) setDefs(scheme.attributes);
      })
      .catch((e: unknown) => report(`Could not read the annotation scheme: ${messageOf(e)}`));
    return () => {
      current = false;
    };
  }, [version, report]);
  return defs;
}
