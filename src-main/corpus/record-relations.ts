/**
 * What ties a record's spans together: their ids (unique in the record),
 * the relations between them (by those ids), and the duplicate rule. The
 * roles and the labels they may link are checked by the importer.
 */
import { isPlainObject, RecordError } from './record-common.ts';
import { refuseUnknownKeys, type SpanDraft } from './record-span.ts';
import { say } from '../text/messages/say.ts';

/** A relation by the positions of its spans in the record's `spans`. */
export interface RelationDraft {
  head: number;
  child: number;
  label: string;
}

/** The keys of a relation, in the order the export writes them. */
export const RELATION_KEYS = ['head', 'child', 'label'] as const;
const RELATION_KEY_SET: ReadonlySet<string> = new Set(RELATION_KEYS);

/** The position of every span that has an id, by id; refuses an id given twice. */
export function spanIndexById(spans: readonly SpanDraft[]): Map<string, number> {
  const byId = new Map<string, number>();
  spans.forEach((s, i) => {
    if (s.uid === null) return;
    const earlier = byId.get(s.uid);
    if (earlier !== undefined) {
      throw new RecordError(
        say('records.span.duplicateId', { index: i, id: JSON.stringify(s.uid), earlier }),
      );
    }
    byId.set(s.uid, i);
  });
  return byId;
}

export function parseRelations(value: unknown, byId: ReadonlyMap<string, number>): RelationDraft[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new RecordError(say('records.relation.notArray'));
  const seen = new Map<string, number>();
  return value.map((raw: unknown, i): RelationDraft => {
    const where = `relations[${i}]`;
    if (!isPlainObject(raw)) throw new RecordError(say('records.mustBeObject', { where }));
    refuseUnknownKeys(raw, RELATION_KEY_SET, where);
    const end = (side: 'head' | 'child'): number => {
      const id = raw[side];
      if (typeof id !== 'string' || id === '')
        throw new RecordError(say('records.relation.endNotId', { where, side }));
      const at = byId.get(id);
      if (at === undefined)
        throw new RecordError(say('records.relation.endUnknown', { where, side, id: JSON.stringify(id) }));
      return at;
    };
    const head = end('head');
    const child = end('child');
    const { label } = raw;
    if (typeof label !== 'string' || label === '')
      throw new RecordError(say('records.span.labelEmpty', { where }));
    if (head === child) {
      throw new RecordError(say('records.relation.sameSpan', { where, id: JSON.stringify(raw.head) }));
    }
    const key = `${head}\u0000${child}\u0000${label}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new RecordError(say('records.relation.repeated', { where, earlier }));
    seen.set(key, i);
    return { head, child, label };
  });
}

/**
 * The first span that repeats an earlier one under the duplicate rule: the
 * same label on the same characters (fragments included) by the same
 * annotator. `annotatorOf` gives the annotator the span is stored with.
 */
export function refuseRepeatedSpans(
  spans: readonly SpanDraft[],
  annotatorOf: (span: SpanDraft) => string | null,
): void {
  const seen = new Set<string>();
  spans.forEach((s, i) => {
    // As the database's unique index sees it: no annotator and an empty one are the same layer.
    const key = `${s.label}\u0000${s.start}\u0000${s.end}\u0000${s.fragments?.join(';') ?? ''}\u0000${annotatorOf(s) ?? ''}`;
    if (seen.has(key)) {
      throw new RecordError(say('records.span.repeated', { index: i }));
    }
    seen.add(key);
  });
}
