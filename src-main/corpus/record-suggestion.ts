/**
 * Spans whose origin is `suggestion` are suggestions, not annotations: import
 * puts them in the suggestions table (db/imported.ts), as `export
 * --suggestions include` wrote them. A suggestion belongs to no annotator,
 * is one stretch of text, names the rule that made it, carries no note or
 * flag and is in no relation; anything else is refused, never dropped.
 */
import { RecordError } from './record-common.ts';
import type { RelationDraft } from './record-relations.ts';
import type { SpanDraft } from './record-span.ts';
import { say } from '../text/messages/say.ts';

export const isSuggestionSpan = (s: { origin?: { kind: string } | null | undefined }): boolean =>
  s.origin?.kind === 'suggestion';

export function checkSuggestionSpans(spans: readonly SpanDraft[], relations: readonly RelationDraft[]): void {
  const seen = new Map<string, number>();
  spans.forEach((s, i) => {
    if (!isSuggestionSpan(s)) return;
    const where = `spans[${i}]`;
    if (s.annotator !== null) throw new RecordError(say('records.suggestion.annotator', { where }));
    if (s.fragments) throw new RecordError(say('records.suggestion.fragments', { where }));
    if (s.origin?.rule === null || s.origin?.rule === undefined)
      throw new RecordError(say('records.suggestion.rule', { where }));
    if (s.note !== null || s.flag !== null)
      throw new RecordError(say('records.suggestion.noteOrFlag', { where }));
    const key = `${s.label} ${s.start} ${s.end}`;
    const other = seen.get(key);
    if (other !== undefined) throw new RecordError(say('records.suggestion.repeated', { where, other }));
    seen.set(key, i);
  });
  relations.forEach((r, j) => {
    for (const end of [r.head, r.child]) {
      const span = spans[end];
      if (span && isSuggestionSpan(span))
        throw new RecordError(say('records.suggestion.inRelation', { relation: j, span: end }));
    }
  });
}
