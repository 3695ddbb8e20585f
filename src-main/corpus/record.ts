import { DOCUMENT_STATUSES, type DocumentStatus } from '../db/model.ts';
import { DATE_FORMS, dateProblem } from '../text/date.ts';
import { sha256Hex } from '../text/hash.ts';
import { OffsetMap } from '../text/offsets.ts';

/** A document ready to store: offsets already in UTF-16 code units. */
export interface DocumentDraft {
  /** Absent when the source has none; the importer derives one from the text. */
  externalId: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  status: DocumentStatus;
  text: string;
  textSha256: string;
  /** Meta keys the app does not model, kept in their order for the export. */
  extraMeta: Record<string, unknown>;
  spans: SpanDraft[];
}

export interface SpanDraft {
  start: number;
  end: number;
  label: string;
  annotator: string | null;
}

/** Thrown for one bad record; the importer reports it as `file:line: reason`. */
export class RecordError extends Error {}

/** Thrown for a file that holds no document at all: a skipped file, not a bad record. */
export class EmptyFileError extends Error {}

export const MAX_SPANS_PER_DOCUMENT = 100_000;
const MAX_META_DEPTH = 16;
/** Keys of `meta` that map to columns; everything else is kept as is. */
export const MODELLED_META: ReadonlySet<string> = new Set(['date', 'source', 'status', 'sha256', 'title']);

/** Index of the first UTF-16 surrogate without its partner, or -1. */
function findLoneSurrogate(text: string): number {
  // The native check is ~50× faster than the regex, and nearly every text passes it.
  if (text.isWellFormed()) return -1;
  const match = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
  return match ? match.index : -1;
}

const describeLoneSurrogate = (s: string, at: number): string =>
  `an unpaired surrogate (\\u${s.charCodeAt(at).toString(16)} at UTF-16 offset ${at}), which UTF-8 cannot store`;

/**
 * Ids end up in file names (other export formats, the user's own scripts)
 * and in line-based tools: control characters and line breaks are refused.
 * Anything else ("/", "..") is kept; whoever makes a path of an id escapes
 * it (text/file-name.ts).
 */
const UNSAFE_IN_ID = /[\p{Cc}\p{Zl}\p{Zp}]/u;

/** Why `id` cannot be a document id (for a message that names the id first), or null. */
export function idProblem(id: string): string | null {
  const lone = findLoneSurrogate(id);
  if (lone !== -1) return `has ${describeLoneSurrogate(id, lone)}`;
  const bad = UNSAFE_IN_ID.exec(id);
  if (!bad) return null;
  const char = bad[0];
  const kind = /\p{Cc}/u.test(char) ? 'a control character' : 'a line break';
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const at = [...id.slice(0, bad.index)].length + 1;
  return `holds ${kind} (${code}, character ${at}); an id may not hold control characters or line breaks`;
}

const isStatus = (v: unknown): v is DocumentStatus => DOCUMENT_STATUSES.some((s) => s === v);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function depthOf(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit <= 0) return 1;
  let max = 0;
  for (const v of Object.values(value)) max = Math.max(max, depthOf(v, limit - 1));
  return max + 1;
}

function optionalString(meta: Record<string, unknown>, key: string): string | null {
  const v = meta[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new RecordError(`meta.${key} must be a string`);
  return v;
}

function publishedDate(meta: Record<string, unknown>): string | null {
  const date = meta.date;
  if (date === undefined || date === null) return null;
  if (typeof date !== 'string') throw new RecordError(`meta.date must be a string: ${DATE_FORMS}`);
  const problem = dateProblem(date);
  if (problem !== null) throw new RecordError(`meta.date ${problem}`);
  return date;
}

function parseSpan(raw: unknown, index: number, map: OffsetMap, text: string): SpanDraft {
  const where = `spans[${index}]`;
  if (!isPlainObject(raw)) throw new RecordError(`${where} must be an object`);
  const { start, end, label, annotator } = raw;
  for (const [name, v] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (typeof v !== 'number' || !Number.isInteger(v))
      throw new RecordError(`${where}.${name} must be an integer`);
    if (v < 0) throw new RecordError(`${where}.${name} ${v} is negative`);
  }
  const s = start as number;
  const e = end as number;
  if (s >= e) throw new RecordError(`${where}: start ${s} must be less than end ${e}`);
  if (e > map.codePointLength) {
    throw new RecordError(
      `${where}: end ${e} is past the end of the text (${map.codePointLength} code points)`,
    );
  }
  if (typeof label !== 'string' || label === '')
    throw new RecordError(`${where}.label must be a non-empty string`);
  if (annotator !== undefined && annotator !== null && typeof annotator !== 'string') {
    throw new RecordError(`${where}.annotator must be a string`);
  }
  const u16Start = map.toUtf16(s) ?? 0;
  const u16End = map.toUtf16(e) ?? 0;
  if (raw.text !== undefined) {
    if (typeof raw.text !== 'string') throw new RecordError(`${where}.text must be a string`);
    const covered = text.slice(u16Start, u16End);
    if (raw.text !== covered) {
      throw new RecordError(
        `${where}: text ${JSON.stringify(raw.text)} does not match the text at ${s}-${e} (${JSON.stringify(covered)}); offsets must be Unicode code points`,
      );
    }
  }
  return { start: u16Start, end: u16End, label, annotator: annotator ?? null };
}

/** Validates one parsed JSONL value and converts its offsets. Throws RecordError. */
export function parseJsonlRecord(value: unknown): DocumentDraft {
  if (!isPlainObject(value)) throw new RecordError('a record must be a JSON object');
  const { id, text, meta = {}, spans = [] } = value;
  if (text === undefined) throw new RecordError('"text" is missing');
  if (typeof text !== 'string') throw new RecordError('"text" must be a string');
  if (text.length === 0) throw new RecordError('"text" is empty');
  const lone = findLoneSurrogate(text);
  if (lone !== -1) throw new RecordError(`"text" has ${describeLoneSurrogate(text, lone)}`);
  if (id !== undefined && (typeof id !== 'string' || id.trim() === '')) {
    throw new RecordError('"id" must be a non-empty string');
  }
  const badId = typeof id === 'string' ? idProblem(id) : null;
  if (badId !== null) throw new RecordError(`"id" ${badId}`);
  if (!isPlainObject(meta)) throw new RecordError('"meta" must be an object');
  if (depthOf(meta, MAX_META_DEPTH) > MAX_META_DEPTH) {
    throw new RecordError(`"meta" is nested more than ${MAX_META_DEPTH} levels deep`);
  }
  if (!Array.isArray(spans)) throw new RecordError('"spans" must be an array');
  if (spans.length > MAX_SPANS_PER_DOCUMENT) {
    throw new RecordError(`too many spans (${spans.length}; at most ${MAX_SPANS_PER_DOCUMENT} per document)`);
  }

  const textSha256 = sha256Hex(text);
  const declaredSha = optionalString(meta, 'sha256');
  if (declaredSha !== null && declaredSha.toLowerCase() !== textSha256) {
    throw new RecordError('meta.sha256 does not match the text (the text was changed after export?)');
  }
  const published = publishedDate(meta);
  const status = meta.status ?? 'todo';
  if (!isStatus(status)) {
    throw new RecordError(`meta.status must be one of ${DOCUMENT_STATUSES.join(', ')}`);
  }
  const extraMeta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(meta)) {
    // defineProperty, not assignment: a "__proto__" key must stay a key, not become a prototype.
    if (!MODELLED_META.has(k))
      Object.defineProperty(extraMeta, k, { value: v, enumerable: true, writable: true });
  }

  const map = new OffsetMap(text);
  const parsed = spans.map((raw, i) => parseSpan(raw, i, map, text));
  const seen = new Set<string>();
  parsed.forEach((s, i) => {
    const key = `${s.label}\u0000${s.start}\u0000${s.end}`;
    if (seen.has(key))
      throw new RecordError(`spans[${i}] repeats an earlier span (same label, start and end)`);
    seen.add(key);
  });

  return {
    externalId: typeof id === 'string' ? id : null,
    title: optionalString(meta, 'title'),
    published,
    source: optionalString(meta, 'source'),
    status,
    text,
    textSha256,
    extraMeta,
    spans: parsed,
  };
}
