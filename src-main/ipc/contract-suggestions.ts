/**
 * The suggestion calls: part of the one contract (contract.ts spreads them
 * into its `requests` and `Responses`). Offsets are UTF-16 units, as for
 * annotations. Every call that changes suggestions answers with the
 * document's open suggestions as they are afterwards, so the window can
 * redraw from the reply alone.
 */
import { z } from 'zod';
import type { Annotation } from '../db/model.ts';
import type { Suggestion } from '../db/suggestion-rows.ts';
import type { PerLabel } from '../db/suggestions.ts';
import { MENTION_SCOPES } from '../db/suggestion-mentions.ts';
import { RULE_LABELS, type RuleLabel } from '../suggest/rules.ts';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const suggestionRequests = {
  /** The document's open suggestions in reading order (also in documents.get). */
  'suggestions.list': z.strictObject({ documentId: id }),
  /**
   * Runs the rules on the document and stores what they find. Without
   * `labels`: every rule label the scheme has; a label named that the scheme
   * lacks is refused (VALIDATION, "the scheme has no label TIME; …").
   */
  'suggestions.compute': z.strictObject({
    documentId: id,
    labels: z.array(z.enum(RULE_LABELS)).min(1).max(RULE_LABELS.length).optional(),
    /** Only if the rules never ran over the document (it has no suggestion, open or rejected). */
    once: z.boolean().optional(),
  }),
  /** Makes an annotation of it in this user's layer (origin accepted); one undo step. */
  'suggestions.accept': z.strictObject({ id }),
  /** It stays, rejected, and is never proposed again. */
  'suggestions.reject': z.strictObject({ id }),
  /** Accepts every open suggestion of a label in a document; undo takes them back one at a time. */
  'suggestions.acceptAll': z.strictObject({ documentId: id, labelId: id }),
  /** Suggests every other exact mention of the annotation's text, in its document or the whole corpus. */
  'suggestions.mentions': z.strictObject({ annotationId: id, scope: z.enum(MENTION_SCOPES) }),
};

/** What a call that changed suggestions leaves: the document's open suggestions. */
export interface OpenSuggestions {
  suggestions: Suggestion[];
}

export interface SuggestionResponses {
  'suggestions.list': Suggestion[];
  'suggestions.compute': OpenSuggestions & {
    added: number;
    perLabel: PerLabel;
    /** Rule labels left out because the scheme lacks them (only when `labels` was not given). */
    missing: RuleLabel[];
  };
  'suggestions.accept': OpenSuggestions & { annotation: Annotation };
  'suggestions.reject': OpenSuggestions & { rejected: Suggestion };
  'suggestions.acceptAll': OpenSuggestions & { annotations: Annotation[] };
  'suggestions.mentions': OpenSuggestions & { added: number; documents: number };
}
