/**
 * The search calls (issue 22): part of the one contract (contract.ts spreads
 * them into its `requests` and `Responses`). Offsets are UTF-16 units.
 */
import { z } from 'zod';
import { DOCUMENT_STATUSES } from '../db/model.ts';
import { HIT_SCOPES, type CorpusSearchResult } from '../db/corpus-search.ts';
import { ANNOTATE_AS, type AnnotateResult } from '../db/search-annotate.ts';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** What to look for: the text as typed (spaces count), and the filters. */
const query = z.strictObject({
  text: z
    .string()
    .min(1)
    .max(500)
    .refine((t) => t.trim() !== '', 'type some text to search for, not only spaces'),
  /** A label id (hits an annotation of it covers), or which hits by their annotations. */
  label: z.union([id, z.enum(HIT_SCOPES)]).optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
});

export const searchRequests = {
  /** The first `limit` hits as a concordance, with the labels already on each. */
  'search.corpus': query.extend({ limit: z.number().int().min(1).max(5000).default(500) }),
  /**
   * Every hit of the query as a suggestion or an annotation (in this user's
   * layer) of a label; `dryRun` only counts what would be made, for the question first.
   */
  'search.annotate': z.strictObject({
    query,
    labelId: id,
    as: z.enum(ANNOTATE_AS),
    dryRun: z.boolean(),
  }),
};

export interface SearchResponses {
  'search.corpus': CorpusSearchResult;
  'search.annotate': AnnotateResult;
}
