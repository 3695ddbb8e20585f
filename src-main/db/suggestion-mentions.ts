/**
 * "Annotate all mentions": from one annotation, suggest every other exact,
 * word-bounded occurrence of its text with its label and attribute values
 * (rule `mention`), in its document or across the corpus. The same skip
 * rules as the rules' suggestions apply (suggestion-store.ts).
 */
import type { Db } from './connection.ts';
import { AppError } from './errors.ts';
import { getAnnotation } from './annotation-rows.ts';
import { documentText } from './document-text.ts';
import { statement } from './statements.ts';
import { listOpenSuggestions, type Suggestion } from './suggestion-rows.ts';
import { attributeFilter, storeCandidates } from './suggestion-store.ts';
import { isWholeWord } from '../text/dutch/name-matcher.ts';
import { say } from '../text/messages/say.ts';

export const MENTION_SCOPES = ['document', 'corpus'] as const;
export type MentionScope = (typeof MENTION_SCOPES)[number];

export interface MentionsResult {
  /** Suggestions added, in all documents of the scope. */
  added: number;
  /** Documents that got at least one. */
  documents: number;
  /** The annotation's document's open suggestions, after the run. */
  suggestions: Suggestion[];
}

/** Every word-bounded occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
    if (isWholeWord(text, at, at + needle.length)) found.push(at);
  return found;
}

export function suggestMentions(db: Db, annotationId: number, scope: MentionScope): MentionsResult {
  const a = getAnnotation(db, annotationId);
  if (a.fragments) throw new AppError('VALIDATION', say('refusals.annotation.noMentions'));
  const own = documentText(db, a.documentId);
  const needle = own.slice(a.start, a.end);
  const attributes = attributeFilter(db)(a.labelId, a.attributes);
  const texts =
    scope === 'document'
      ? [{ id: a.documentId, text: own }]
      : // instr() narrows the corpus to the documents holding the text at all.
        (statement(db, 'SELECT id, text FROM documents WHERE instr(text, ?) > 0 ORDER BY id').all(needle) as {
          id: number;
          text: string;
        }[]);
  let added = 0;
  let documents = 0;
  db.transaction(() => {
    for (const { id, text } of texts) {
      const candidates = occurrences(text, needle).map((start) => ({
        labelId: a.labelId,
        start,
        end: start + needle.length,
        rule: 'mention',
        attributes,
      }));
      const stored = storeCandidates(db, id, text.length, candidates);
      added += stored.length;
      if (stored.length > 0) documents++;
    }
  })();
  return { added, documents, suggestions: listOpenSuggestions(db, a.documentId) };
}
