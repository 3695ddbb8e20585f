/**
 * Prodigy's JSONL task format: one task a line with `text`, `meta`, `tokens`
 * (`text`, `start`, `end`, `id`, `ws`), `spans` (`start`, `end`,
 * `token_start`, `token_end` inclusive, `label`, `text`), `relations`
 * (`head` and `child` are the last tokens of `head_span` and `child_span`)
 * and `answer: "accept"`. Offsets are code points, as Python's. Spans may
 * nest and overlap (as in Prodigy's spans interface); fragments, attributes
 * and the other span fields cannot be held. Our id and meta go to `meta`.
 */
import { escapeLineBreaks } from '../../corpus/export-lines.ts';
import { OffsetMap } from '../../text/offsets.ts';
import { spanFieldLosses, tokenizeRecord, type TokenSpan } from '../token-spans.ts';
import type { CorpusRecord, FormatWriter, Loss, Output, RecordBytes } from '../types.ts';
import { recordAsText, utf8, type Utf8Builder } from '../utf8-builder.ts';
import { LOSS_KIND, lost } from '../losses.ts';
import { writeTokens } from './tokens-json.ts';
import { say } from '../../text/messages/say.ts';

interface ProdigySpan {
  start: number;
  end: number;
  token_start: number;
  token_end: number;
  label: string;
  text: string;
}

/** Our id and meta as Prodigy's `meta` (shown in its annotation view): unset fields left out. */
function prodigyMeta(record: CorpusRecord): Record<string, unknown> {
  const { date, source, title, status, note, flag, extra } = record.meta;
  return {
    id: record.id,
    ...(date !== null && { date }),
    ...(source !== null && { source }),
    ...(title !== null && { title }),
    status,
    ...(note !== null && { note }),
    ...(flag !== null && { flag }),
    ...(Object.keys(extra).length > 0 && { extra }),
  };
}

/** Pieces of a task's JSON, encoded once. */
const TOKENS = utf8(',"tokens":[');
const TOKENS_END = utf8('],');
const ANSWER = utf8(',"answer":"accept"}\n');

/** The record as one Prodigy task, a line of JSON and its line break, written into `out`. */
export function prodigyTask(record: CorpusRecord, out: Utf8Builder): Loss[] {
  const map = new OffsetMap(record.text);
  const cp = (unit: number) => map.toCodePoint(unit) ?? 0;
  const { tokens, spans, losses } = tokenizeRecord(record, record.spans, undefined, map);
  const { starts, ends } = tokens;
  const dict = (s: TokenSpan): ProdigySpan => {
    const start = starts[s.first] ?? 0;
    const end = ends[s.last] ?? 0;
    return {
      start: cp(start),
      end: cp(end),
      token_start: s.first,
      token_end: s.last,
      label: s.span.label,
      text: record.text.slice(start, end),
    };
  };
  // Prodigy has no annotators: spans that end up the same are written once.
  const written = new Map<string, TokenSpan>();
  const byId = new Map<string, TokenSpan>();
  for (const s of spans) {
    const key = `${s.first}:${s.last}:${s.span.label}`;
    const same = written.get(key);
    if (same) {
      const text = say('losses.prodigy.duplicate', {
        span: `${s.span.id} (${s.span.label})`,
        other: same.span.id,
      });
      losses.push(lost(record.id, s.span.id, LOSS_KIND.duplicateSpan, text));
    } else written.set(key, s);
    byId.set(s.span.id, same ?? s);
  }
  const relations = record.relations.flatMap((r) => {
    const head = byId.get(r.head);
    const child = byId.get(r.child);
    if (!head || !child || head === child) {
      const text = say('losses.prodigy.relation', { head: r.head, child: r.child, role: r.label });
      losses.push(lost(record.id, null, LOSS_KIND.relation, text));
      return [];
    }
    return [
      { head: head.last, child: child.last, head_span: dict(head), child_span: dict(child), label: r.label },
    ];
  });
  losses.push(...spanFieldLosses(record, 'Prodigy'));
  const { text } = record;
  // JSON.stringify of the whole task, written out: the tokens (a few hundred
  // objects a document) by hand, the rest by JSON.stringify, key for key.
  out.string(
    escapeLineBreaks(`{"text":${JSON.stringify(text)},"meta":${JSON.stringify(prodigyMeta(record))}`),
  );
  out.bytes(TOKENS);
  // Code point offsets are the UTF-16 ones unless the text holds a pair.
  writeTokens(out, text, tokens, map.codePointLength === map.utf16Length ? null : cp);
  out.bytes(TOKENS_END);
  out.string(
    escapeLineBreaks(
      `"spans":${JSON.stringify([...written.values()].map(dict))},"relations":${JSON.stringify(relations)}`,
    ),
  );
  out.bytes(ANSWER);
  return losses;
}

export function prodigyWriter(): FormatWriter {
  const recordInto = (record: CorpusRecord, out: Utf8Builder): RecordBytes => {
    const from = out.length;
    const losses = prodigyTask(record, out);
    return { files: [{ path: '', length: out.length - from }], losses };
  };
  return {
    begin: (): Output[] => [],
    record: (record) => recordAsText((out) => recordInto(record, out)),
    recordInto,
    end: (): Output[] => [],
  };
}
