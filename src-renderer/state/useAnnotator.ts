import { i18n } from '../i18n/i18n.ts';
import { useCallback, useEffect, useState } from 'react';
import type { AnnotatorSetting } from '../../src-main/settings/settings.ts';
import { api, call, messageOf } from './api.ts';
import { useLatest } from './useLatest.ts';

export interface AnnotatorName {
  /** Null until read. */
  setting: AnnotatorSetting | null;
  /** Keeps a new name; rejects with the reason when it cannot be one. */
  save: (name: string) => Promise<AnnotatorSetting>;
}

/** The annotator's name, which every change is stamped with (settings.json in the main process). */
export function useAnnotator(
  notify: (message: string) => void,
  /** A new name changes which layer is the user's: the open document is read again. */
  onChanged: () => void,
): AnnotatorName {
  const changed = useLatest(onChanged);
  const [setting, setSetting] = useState<AnnotatorSetting | null>(null);
  useEffect(() => {
    call(api().settings.get({})).then(setSetting, (e: unknown) =>
      notify(i18n.t('state:couldNotReadName', { message: messageOf(e) })),
    );
  }, [notify]);
  const save = useCallback(
    async (name: string) => {
      const next = await call(api().settings.setAnnotator({ name }));
      setSetting(next);
      changed.current();
      return next;
    },
    [changed],
  );
  return { setting, save };
}
