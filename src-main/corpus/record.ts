import { DOCUMENT_STATUSES, type DocumentStatus } from '../db/model.ts';
import { DATE_FORMS_TEXT, dateProblem } from '../text/date.ts';
import { sha256Hex } from '../text/hash.ts';
import { deriveTitle } from '../text/title.ts';
import { OffsetMap } from '../text/offsets.ts';
import {
  describeLoneSurrogate,
  findLoneSurrogate,
  idProblem,
  isPlainObject,
  RecordError,
} from './record-common.ts';
import { parseRelations, spanIndexById, type RelationDraft } from './record-relations.ts';
import { checkSuggestionSpans } from './record-suggestion.ts';
import { parseSpan, refuseUnknownKeys, type SpanDraft } from './record-span.ts';
import { say } from '../text/messages/say.ts';

/** A document ready to store: offsets already in UTF-16 code units. */
export interface DocumentDraft {
  /** Absent when the source has none; the importer derives one from the text. */
  externalId: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  status: DocumentStatus;
  /** The document's own note and flag (meta.note, meta.flag). */
  note: string | null;
  flag: string | null;
  text: string;
  textSha256: string;
  /**
   * What the document list shows (its title, or one derived from the text),
   * where the parser has derived it already: on the import's worker thread,
   * off the thread that writes.
   */
  listTitle?: string;
  /** Meta keys the app does not model, kept in their order for the export. */
  extraMeta: Record<string, unknown>;
  spans: SpanDraft[];
  relations: RelationDraft[];
  /**
   * Each named layer's own status, where the source keeps one (a database);
   * a layer not in it has `status` (a JSONL record's meta.status).
   */
  layerStatus?: Record<string, DocumentStatus>;
  /** From a returned work package: its named layers replace the corpus's and bring their statuses. */
  fromPackage?: boolean;
}

export const MAX_SPANS_PER_DOCUMENT = 100_000;
const MAX_META_DEPTH = 16;
/** The keys of a record, in the order the export writes them. */
export const RECORD_KEYS = ['id', 'text', 'meta', 'spans', 'relations'] as const;
const RECORD_KEY_SET: ReadonlySet<string> = new Set(RECORD_KEYS);
/** The keys of `meta`, in the order the export writes them: columns, then `extra`, every other key as it came. */
export const META_KEYS = ['date', 'source', 'status', 'note', 'flag', 'title', 'sha256', 'extra'] as const;
const META_KEY_SET: ReadonlySet<string> = new Set(META_KEYS);

/**
 * The meta keys the app does not model: `meta.extra`, then (the shape
 * exports had before `extra`) any other key at the top of `meta`, in their
 * order. A key in both places is refused rather than one of them dropped.
 */
function extraMetaOf(meta: Record<string, unknown>): Record<string, unknown> {
  const { extra } = meta;
  if (extra !== undefined && extra !== null && !isPlainObject(extra)) {
    throw new RecordError(say('records.extraNotObject'));
  }
  const extraMeta: Record<string, unknown> = {};
  // defineProperty, not assignment: a "__proto__" key must stay a key, not become a prototype.
  const keep = (k: string, v: unknown) =>
    Object.defineProperty(extraMeta, k, { value: v, enumerable: true, writable: true });
  for (const [k, v] of Object.entries(extra ?? {})) keep(k, v);
  for (const [k, v] of Object.entries(meta)) {
    if (META_KEY_SET.has(k)) continue;
    if (Object.hasOwn(extraMeta, k)) {
      throw new RecordError(say('records.extraTwice', { key: k }));
    }
    keep(k, v);
  }
  return extraMeta;
}

const isStatus = (v: unknown): v is DocumentStatus => DOCUMENT_STATUSES.some((s) => s === v);

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
  if (typeof v !== 'string') throw new RecordError(say('records.metaNotString', { key }));
  return v;
}

/** meta.note or meta.flag: a string of at most `max` characters; empty counts as none. */
function optionalText(meta: Record<string, unknown>, key: string, max: number): string | null {
  const v = optionalString(meta, key);
  if (v !== null && v.length > max) throw new RecordError(say('records.metaTooLong', { key, max }));
  return v === null || v.trim() === '' ? null : v;
}

function publishedDate(meta: Record<string, unknown>): string | null {
  const date = meta.date;
  if (date === undefined || date === null) return null;
  if (typeof date !== 'string')
    throw new RecordError(say('records.dateNotString', { forms: DATE_FORMS_TEXT }));
  const problem = dateProblem(date);
  if (problem !== null) throw new RecordError(say('records.dateProblem', { problem }));
  return date;
}

/** Validates one parsed JSONL value and converts its offsets. Throws RecordError. */
export function parseJsonlRecord(value: unknown): DocumentDraft {
  if (!isPlainObject(value)) throw new RecordError(say('records.notObject'));
  refuseUnknownKeys(value, RECORD_KEY_SET, 'record');
  const { id, text, meta = {}, spans = [] } = value;
  if (text === undefined) throw new RecordError(say('records.textMissing'));
  if (typeof text !== 'string') throw new RecordError(say('records.textNotString'));
  if (text.length === 0) throw new RecordError(say('records.textEmpty'));
  const lone = findLoneSurrogate(text);
  if (lone !== -1)
    throw new RecordError(say('records.textProblem', { problem: describeLoneSurrogate(text, lone) }));
  if (id !== undefined && (typeof id !== 'string' || id.trim() === '')) {
    throw new RecordError(say('records.idEmpty'));
  }
  const badId = typeof id === 'string' ? idProblem(id) : null;
  if (badId !== null) throw new RecordError(say('records.idProblem', { problem: badId }));
  if (!isPlainObject(meta)) throw new RecordError(say('records.metaNotObject'));
  if (depthOf(meta, MAX_META_DEPTH) > MAX_META_DEPTH) {
    throw new RecordError(say('records.metaTooDeep', { max: MAX_META_DEPTH }));
  }
  if (!Array.isArray(spans)) throw new RecordError(say('records.spansNotArray'));
  if (spans.length > MAX_SPANS_PER_DOCUMENT) {
    throw new RecordError(say('records.tooManySpans', { spans: spans.length, max: MAX_SPANS_PER_DOCUMENT }));
  }

  const textSha256 = sha256Hex(text);
  const declaredSha = optionalString(meta, 'sha256');
  if (declaredSha !== null && declaredSha.toLowerCase() !== textSha256) {
    throw new RecordError(say('records.shaMismatch'));
  }
  const published = publishedDate(meta);
  const status = meta.status ?? 'todo';
  if (!isStatus(status)) {
    throw new RecordError(say('records.statusBad', { statuses: DOCUMENT_STATUSES.join(', ') }));
  }
  const extraMeta = extraMetaOf(meta);

  const map = new OffsetMap(text);
  const parsed = spans.map((raw, i) => parseSpan(raw, i, map, text));
  const relations = parseRelations(value.relations, spanIndexById(parsed));
  checkSuggestionSpans(parsed, relations);

  const title = optionalString(meta, 'title');
  return {
    externalId: typeof id === 'string' ? id : null,
    title,
    listTitle: title ?? deriveTitle(text),
    published,
    source: optionalString(meta, 'source'),
    status,
    note: optionalText(meta, 'note', 10_000),
    flag: optionalText(meta, 'flag', 64),
    text,
    textSha256,
    extraMeta,
    spans: parsed,
    relations,
  };
}
