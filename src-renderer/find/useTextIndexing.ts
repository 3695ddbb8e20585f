import { useEffect, useState } from 'react';
import type { IndexingProgress } from '../../src-main/ipc/contract.ts';
import { api } from '../state/api.ts';

/** The texts' search index being filled in the background: its percentage while it runs, else null. */
export function useTextIndexing(): number | null {
  const [percent, setPercent] = useState<number | null>(null);
  useEffect(
    () =>
      api().on('search.indexing', (p: IndexingProgress) => setPercent(p.unindexed === 0 ? null : p.percent)),
    [],
  );
  return percent;
}
