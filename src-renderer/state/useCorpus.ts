import { i18n } from '../i18n/i18n.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CorpusStats, Label } from '../../src-main/db/model.ts';
import { api, call, messageOf } from './api.ts';

/** Labels and corpus progress, plus a version number that tells lists to reload. */
export function useCorpus(report: (message: string) => void) {
  const [labels, setLabels] = useState<Label[]>([]);
  const [stats, setStats] = useState<CorpusStats | null>(null);
  const [version, setVersion] = useState(0);

  // The first load is not a change: lists load themselves when they appear,
  // and a bump here would make them fetch their first page twice at start-up.
  const loaded = useRef(false);
  const refresh = useCallback(async () => {
    try {
      const [l, s] = await Promise.all([call(api().labels.list({})), call(api().corpus.stats({}))]);
      setLabels(l);
      setStats(s);
      if (loaded.current) setVersion((v) => v + 1);
      loaded.current = true;
    } catch (e) {
      report(i18n.t('state:couldNotReadCorpus', { message: messageOf(e) }));
    }
  }, [report]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { labels, stats, version, refresh };
}
