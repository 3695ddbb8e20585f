/**
 * Spans of a record on the shared Dutch tokens (CoNLL-2002, Prodigy): offsets
 * converted to UTF-16, a fragmented span taken as its extent, edges cutting
 * the tokens they fall inside, and each span as the tokens it covers. What a
 * token format cannot hold is said as a Loss here, once.
 */
import { OffsetMap } from '../text/offsets.ts';
import { baseTokenOffsets, cutTokenOffsets, type TokenOffsets } from '../text/token-offsets.ts';
import type { CorpusRecord, Loss, RecordSpan } from './types.ts';
import { LOSS_KIND, lost } from './losses.ts';
import { type MainText, say } from '../text/messages/say.ts';

export interface TokenSpan {
  span: RecordSpan;
  /** First and last token (inclusive). */
  first: number;
  last: number;
}

export interface Tokenized {
  tokens: TokenOffsets;
  spans: TokenSpan[];
  losses: Loss[];
}

const name = (s: RecordSpan) => `${s.id} (${s.label})`;

/** The index of the first token that starts at `offset` or later, or -1. */
function firstFrom({ starts, count }: TokenOffsets, offset: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < count ? lo : -1;
}

/**
 * Tokens of the record's text cut at the edges of `spans`, and those spans on
 * them. `base` is the text's baseTokenOffsets and `map` its OffsetMap, when
 * the caller has them already.
 */
export function tokenizeRecord(
  record: CorpusRecord,
  spans: readonly RecordSpan[],
  base: TokenOffsets = baseTokenOffsets(record.text),
  map: OffsetMap = new OffsetMap(record.text),
): Tokenized {
  const cuts: number[] = [];
  for (const s of spans) cuts.push(map.toUtf16(s.start) ?? 0, map.toUtf16(s.end) ?? 0);
  return spansOnTokens(record, spans, cutTokenOffsets(record.text, base, cuts), map);
}

/**
 * `spans` on `tokens`, tokens already cut at their edges (tokenizeRecord's, or
 * base tokens no edge of theirs falls inside).
 */
export function spansOnTokens(
  record: CorpusRecord,
  spans: readonly RecordSpan[],
  tokens: TokenOffsets,
  map: OffsetMap,
): Tokenized {
  const units = (cp: number) => map.toUtf16(cp) ?? 0;
  const losses: Loss[] = [];
  const lose = (s: RecordSpan, kind: string, text: MainText) =>
    losses.push(lost(record.id, s.id, kind, text));
  const { starts, ends, count } = tokens;
  const out: TokenSpan[] = [];
  for (const span of spans) {
    if (span.fragments.length > 0) {
      lose(
        span,
        LOSS_KIND.fragments,
        say('losses.tokens.fragments', {
          span: name(span),
          count: span.fragments.length,
          start: span.start,
          end: span.end,
        }),
      );
    }
    const from = units(span.start);
    const to = units(span.end);
    let first = firstFrom(tokens, from);
    let last = -1;
    for (let i = Math.max(first, 0); i < count && (ends[i] ?? Infinity) <= to; i++) last = i;
    if (first < 0 || last < first) {
      lose(span, LOSS_KIND.span, say('losses.tokens.whiteSpaceOnly', { span: name(span) }));
      continue;
    }
    first = Math.max(first, 0);
    const a = starts[first] ?? from;
    const b = ends[last] ?? to;
    if (a !== from || b !== to) {
      lose(
        span,
        LOSS_KIND.spanEdge,
        say('losses.tokens.edge', { span: name(span), covered: JSON.stringify(record.text.slice(a, b)) }),
      );
    }
    out.push({ span, first, last });
  }
  return { tokens, spans: out, losses };
}

/** One loss per span field the format has no place for (attributes, annotator, origin, note, flag). */
export function spanFieldLosses(record: CorpusRecord, format: string): Loss[] {
  const losses: Loss[] = [];
  for (const s of record.spans) {
    const attributes = Object.keys(s.attributes);
    if (attributes.length > 0) {
      const text = say('losses.tokens.attributes', { span: name(s), names: attributes.join(', '), format });
      losses.push(lost(record.id, s.id, LOSS_KIND.attribute, text));
    }
    const fields = [
      s.annotator !== null && `annotator ${JSON.stringify(s.annotator)}`,
      s.origin !== null && `origin ${s.origin.kind}`,
      s.note !== null && 'note',
      s.flag !== null && 'flag',
    ].filter((f): f is string => typeof f === 'string');
    if (fields.length > 0) {
      const text = say('losses.tokens.fields', { span: name(s), fields: fields.join(', ') });
      losses.push(lost(record.id, s.id, LOSS_KIND.spanField, text));
    }
  }
  return losses;
}
