/**
 * Reads Prodigy's JSONL tasks (what `db-out` writes, or a stream file): `text`,
 * `spans` by their code-point `start` and `end` (token indices are not needed),
 * `relations` by `head_span` and `child_span` (a span they name that `spans`
 * lacks is added), `meta` (`id`, `date`, `source`, `title`, `status` and
 * `extra` as our writer puts them; any other key kept in meta.extra).
 * Prodigy's own keys (`_input_hash`, `_task_hash`, `_view_id`, …), unknown
 * span keys, relations between single tokens and a non-"accept" answer are
 * reported as losses.
 */
import { isPlainObject } from '../../corpus/record-common.ts';
import { jsonErrorText } from '../../corpus/json-error.ts';
import { errorMessage } from '../../text/error-message.ts';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../db/model.ts';
import { newRecord, type RelationAt, type SpanAt } from '../record-build.ts';
import type { CorpusRecord, FormatReader, InputFile, Loss, ReadResult } from '../types.ts';
import { LOSS_KIND, lost } from '../losses.ts';
import { type MainText, say } from '../../text/messages/say.ts';
import { errorAt, ReadError } from '../read-error.ts';

const TASK_KEYS = new Set(['text', 'meta', 'tokens', 'spans', 'relations', 'answer']);
const SPAN_KEYS = new Set(['start', 'end', 'token_start', 'token_end', 'label', 'text']);
const RELATION_KEYS = new Set(['head', 'child', 'head_span', 'child_span', 'label']);

class TaskError extends ReadError {}

const isStatus = (v: unknown): v is DocumentStatus => DOCUMENT_STATUSES.some((s) => s === v);

function optional(meta: Record<string, unknown>, key: string): string | undefined {
  const v = meta[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new TaskError(say('records.metaNotString', { key }));
  return v;
}

function metaOf(raw: unknown): Parameters<typeof newRecord>[3] {
  if (raw === undefined || raw === null) return {};
  if (!isPlainObject(raw)) throw new TaskError(say('records.metaNotObject'));
  const id = raw.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    throw new TaskError(say('readers.prodigy.metaId'));
  }
  const status = raw.status ?? 'todo';
  if (!isStatus(status))
    throw new TaskError(say('records.statusBad', { statuses: DOCUMENT_STATUSES.join(', ') }));
  const extra: Record<string, unknown> = {};
  const keep = (k: string, v: unknown) =>
    Object.defineProperty(extra, k, { value: v, enumerable: true, writable: true });
  if (raw.extra !== undefined && raw.extra !== null) {
    if (!isPlainObject(raw.extra)) throw new TaskError(say('readers.prodigy.extraNotObject'));
    for (const [k, v] of Object.entries(raw.extra)) keep(k, v);
  }
  for (const [k, v] of Object.entries(raw)) {
    if (['id', 'date', 'source', 'title', 'status', 'note', 'flag', 'extra'].includes(k)) continue;
    if (Object.hasOwn(extra, k)) throw new TaskError(say('readers.prodigy.extraTwice', { key: k }));
    keep(k, v);
  }
  const date = optional(raw, 'date');
  const source = optional(raw, 'source');
  const title = optional(raw, 'title');
  const note = optional(raw, 'note');
  const flag = optional(raw, 'flag');
  return {
    ...(id !== undefined && id !== null && { id: String(id) }),
    ...(date !== undefined && { date }),
    ...(source !== undefined && { source }),
    ...(title !== undefined && { title }),
    status,
    ...(note !== undefined && { note }),
    ...(flag !== undefined && { flag }),
    extra,
  };
}

/** A span's code-point offsets and label, checked against the text. */
function spanOf(raw: unknown, where: string, chars: readonly string[], dropped: Set<string>): SpanAt {
  if (!isPlainObject(raw)) throw new TaskError(say('records.mustBeObject', { where }));
  const { start, end, label, text } = raw;
  if (
    typeof start !== 'number' ||
    typeof end !== 'number' ||
    !Number.isInteger(start) ||
    !Number.isInteger(end)
  ) {
    throw new TaskError(say('readers.prodigy.notIntegers', { where }));
  }
  if (start < 0 || start >= end || end > chars.length) {
    throw new TaskError(say('readers.prodigy.notASpan', { where, start, end, length: chars.length }));
  }
  if (typeof label !== 'string' || label === '')
    throw new TaskError(say('records.span.labelEmpty', { where }));
  const covered = chars.slice(start, end).join('');
  if (text !== undefined && text !== covered) {
    const given = JSON.stringify(text);
    throw new TaskError(
      say('readers.prodigy.textMismatch', { where, given, start, end, covered: JSON.stringify(covered) }),
    );
  }
  for (const k of Object.keys(raw)) if (!SPAN_KEYS.has(k)) dropped.add(k);
  return { start, end, label };
}

function taskRecord(value: unknown): { record: CorpusRecord; losses: Loss[] } {
  if (!isPlainObject(value)) throw new TaskError(say('readers.taskNotObject'));
  const { text } = value;
  if (typeof text !== 'string' || text === '') throw new TaskError(say('readers.prodigy.textEmpty'));
  const chars = [...text];
  const spanKeys = new Set<string>();
  // The record's id is known only at the end: the losses are noted first, then made.
  const notes: { kind: string; text: MainText }[] = [];
  const note = (kind: string, text: MainText) => ({ kind, text });
  const rawSpans = value.spans ?? [];
  if (!Array.isArray(rawSpans)) throw new TaskError(say('records.spansNotArray'));
  const spans: SpanAt[] = [];
  const at = new Map<string, number>();
  const add = (s: SpanAt): number => {
    const key = `${s.start}:${s.end}:${s.label}`;
    const known = at.get(key);
    if (known !== undefined) return known;
    at.set(key, spans.length);
    spans.push(s);
    return spans.length - 1;
  };
  rawSpans.forEach((raw: unknown, i) => {
    const before = spans.length;
    add(spanOf(raw, `spans[${i}]`, chars, spanKeys));
    if (spans.length === before)
      notes.push(note(LOSS_KIND.duplicateSpan, say('losses.reader.repeatedSpan', { index: i })));
  });
  const rawRelations = value.relations ?? [];
  if (!Array.isArray(rawRelations)) throw new TaskError(say('records.relation.notArray'));
  const relations: RelationAt[] = [];
  rawRelations.forEach((raw: unknown, i) => {
    const where = `relations[${i}]`;
    if (!isPlainObject(raw)) throw new TaskError(say('records.mustBeObject', { where }));
    if (typeof raw.label !== 'string' || raw.label === '')
      throw new TaskError(say('records.span.labelEmpty', { where }));
    if (raw.head_span === undefined || raw.child_span === undefined) {
      const text = say('losses.reader.tokenRelation', {
        where,
        role: raw.label,
        head: String(raw.head),
        child: String(raw.child),
      });
      notes.push(note(LOSS_KIND.relation, text));
      return;
    }
    const head = add(spanOf(raw.head_span, `${where}.head_span`, chars, spanKeys));
    const child = add(spanOf(raw.child_span, `${where}.child_span`, chars, spanKeys));
    for (const k of Object.keys(raw))
      if (!RELATION_KEYS.has(k))
        notes.push(note(LOSS_KIND.prodigyKey, say('losses.reader.keyNotKept', { where, key: k })));
    if (head === child) throw new TaskError(say('readers.prodigy.sameSpan', { where }));
    if (!relations.some((r) => r.head === head && r.child === child && r.label === raw.label)) {
      relations.push({ head, child, label: raw.label });
    }
  });
  const record = newRecord(text, spans, relations, metaOf(value.meta));
  if (spanKeys.size > 0)
    notes.push(note(LOSS_KIND.prodigyKey, say('losses.reader.spanKeys', { keys: [...spanKeys].join(', ') })));
  const taskKeys = Object.keys(value).filter((k) => !TASK_KEYS.has(k));
  if (taskKeys.length > 0)
    notes.push(note(LOSS_KIND.prodigyKey, say('losses.reader.taskKeys', { keys: taskKeys.join(', ') })));
  if (value.answer !== undefined && value.answer !== 'accept') {
    notes.push(note(LOSS_KIND.answer, say('losses.reader.answer', { answer: JSON.stringify(value.answer) })));
  }
  return { record, losses: notes.map((n) => lost(record.id, null, n.kind, n.text)) };
}

export function prodigyReader(): FormatReader {
  return {
    *read(files: readonly InputFile[]): Iterable<ReadResult> {
      for (const file of files) {
        const lines = file.text.split(/\r?\n/);
        for (let n = 0; n < lines.length; n++) {
          const line = lines[n] ?? '';
          if (line.trim() === '') continue;
          const where = `${file.path}:${n + 1}`;
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch (e) {
            yield errorAt(where, jsonErrorText(line, errorMessage(e)));
            continue;
          }
          try {
            yield { kind: 'record', ...taskRecord(value) };
          } catch (e) {
            if (!(e instanceof TaskError)) throw e;
            yield errorAt(where, e.text);
          }
        }
      }
    },
  };
}
