import { useEffect, useState } from 'react';
import type { AttributeDef } from '../../src-main/db/model.ts';
import { api, call, messageOf } from './api.ts';

/**
 * The scheme's attribute definitions, read again with every new `version`
 * (the app passes the labels, which the corpus reads afresh after each
 * change): an import or a scheme edit elsewhere shows in the fields.
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
