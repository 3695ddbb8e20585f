import { searchCorpus } from '../db/corpus-search.ts';
import { annotateMatches } from '../db/search-annotate.ts';
import type { SearchResponses } from './contract-search.ts';
import type { Handlers } from './handlers.ts';
import type { Services } from './services.ts';

/** The search's part of the handler table; `writing` holds writes back while a corpus import runs. */
export function searchHandlers(
  services: Services,
  writing: <T>(fn: () => T) => T,
): Pick<Handlers, keyof SearchResponses> {
  const { db } = services;
  return {
    'search.corpus': ({ limit, ...query }) => searchCorpus(db, query, limit),
    'search.annotate': (r) => {
      const run = () => annotateMatches(db, { ...r, annotator: services.settings.annotator().name });
      return r.dryRun ? run() : writing(run);
    },
  };
}
