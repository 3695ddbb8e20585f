import { listOpenSuggestions, suggestForDocument } from '../db/suggestions.ts';
import { acceptAllSuggestions, acceptSuggestion, rejectSuggestion } from '../db/suggestion-accept.ts';
import { suggestMentions } from '../db/suggestion-mentions.ts';
import type { SuggestionResponses } from './contract-suggestions.ts';
import type { Handlers } from './handlers.ts';
import type { Services } from './services.ts';

/** The suggestions' part of the handler table; `writing` holds writes back while a corpus import runs. */
export function suggestionHandlers(
  services: Services,
  writing: <T>(fn: () => T) => T,
): Pick<Handlers, keyof SuggestionResponses> {
  const { db } = services;
  return {
    'suggestions.list': (r) => listOpenSuggestions(db, r.documentId),
    'suggestions.compute': (r) => writing(() => suggestForDocument(db, r.documentId, r.labels, r.once)),
    'suggestions.accept': (r) =>
      writing(() => {
        const annotation = acceptSuggestion(db, r.id, services.settings.annotator().name);
        return { annotation, suggestions: listOpenSuggestions(db, annotation.documentId) };
      }),
    'suggestions.reject': (r) =>
      writing(() => {
        const rejected = rejectSuggestion(db, r.id);
        return { rejected, suggestions: listOpenSuggestions(db, rejected.documentId) };
      }),
    'suggestions.acceptAll': (r) =>
      writing(() => ({
        annotations: acceptAllSuggestions(db, r.documentId, r.labelId, services.settings.annotator().name),
        suggestions: listOpenSuggestions(db, r.documentId),
      })),
    'suggestions.mentions': (r) => writing(() => suggestMentions(db, r.annotationId, r.scope)),
  };
}
