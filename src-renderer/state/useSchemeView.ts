import { i18n } from '../i18n/i18n.ts';
import { useEffect, useState } from 'react';
import type { AttributeDef, Role } from '../../src-main/db/model.ts';
import { api, call, messageOf } from './api.ts';

/** What the editor needs of the scheme besides the labels: roles for the event frame, attributes for the fields. */
export interface SchemeView {
  roles: Role[];
  attributes: AttributeDef[];
}

const NONE: SchemeView = { roles: [], attributes: [] };

/**
 * The scheme's roles and attributes, read again with every new `version`
 * (the app passes the labels, which the corpus reads afresh after each
 * change): an import or a scheme edit shows in the frame and the fields.
 */
export function useSchemeView(version: unknown, report: (message: string) => void): SchemeView {
  const [scheme, setScheme] = useState<SchemeView>(NONE);
  useEffect(() => {
    let current = true;
    call(api().scheme.get({}))
      .then(({ roles, attributes }) => current && setScheme({ roles, attributes }))
      .catch((e: unknown) => report(i18n.t('state:couldNotReadAnnotationScheme', { message: messageOf(e) })));
    return () => {
      current = false;
    };
  }, [version, report]);
  return scheme;
}
