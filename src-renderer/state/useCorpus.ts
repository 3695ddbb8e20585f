import { useCallback, useEffect, useState } from 'react';
import type { CorpusStats, Label } from '../../src-main/db/model.ts';
import { api, call } from './api.ts';

/** Labels and corpus progress, plus a version number that tells lists to reload. */
export function useCorpus(report: (message: string) => void) {
  const [labels, setLabels] = useState<Label[]>([]);
  const [stats, setStats] = useState<CorpusStats | null>(null);
  const [version, setVersion] = useState(0);

  const refresh = useCallback(async () => {
    try {
      const [l, s] = await Promise.all([call(api().labels.list({})), call(api().corpus.stats({}))]);
      setLabels(l);
      setStats(s);
      setVersion((v) => v + 1);
    } catch (e) {
      report(`Could not read the corpus: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [report]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { labels, stats, version, refresh };
}
