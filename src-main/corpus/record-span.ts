/**
 * One span of a JSONL record: its shape, offsets, fragments and the fields
 * kept as they came (id, attributes, origin, note, flag). What needs the
 * scheme (labels, attribute definitions) is checked by the importer.
 */
import {
  ORIGIN_KINDS,
  type AttributeValue,
  type Attributes,
  type Fragment,
  type Origin,
} from '../db/model.ts';
import { attributesJson } from '../db/attributes-json.ts';
import type { OffsetMap } from '../text/offsets.ts';
import { idProblem, isPlainObject, RecordError } from './record-common.ts';
import { say } from '../text/messages/say.ts';

/** A span ready to store: offsets in UTF-16 code units. */
export interface SpanDraft {
  /** The span's id from the file, or null: the importer gives it the next generated id. */
  uid: string | null;
  start: number;
  end: number;
  label: string;
  annotator: string | null;
  attributes: Attributes;
  /** `attributes` as stored, made here: on the import's parser thread, off the writing one. */
  attributesText: string;
  fragments: Fragment[] | null;
  origin: Origin | null;
  note: string | null;
  flag: string | null;
}

/** The keys of a span, in the order the export writes them. */
export const SPAN_KEYS = [
  'id',
  'start',
  'end',
  'label',
  'text',
  'annotator',
  'attributes',
  'fragments',
  'origin',
  'note',
  'flag',
] as const;
const SPAN_KEY_SET: ReadonlySet<string> = new Set(SPAN_KEYS);
const FRAGMENT_KEYS: ReadonlySet<string> = new Set(['start', 'end', 'text']);
const ORIGIN_KEYS: ReadonlySet<string> = new Set(['kind', 'rule']);
/** The schema's limit on a span id. */
export const MAX_SPAN_ID_LENGTH = 128;

/** Refuses the first key of `value` that is not one of `known`: nothing in a record is ignored. */
export function refuseUnknownKeys(
  value: Record<string, unknown>,
  known: ReadonlySet<string>,
  where: string,
): void {
  for (const key of Object.keys(value)) {
    if (!known.has(key))
      throw new RecordError(say('records.unknownKey', { where, key: JSON.stringify(key) }));
  }
}

function optionalText(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new RecordError(say('records.stringOrNull', { where }));
  return value;
}

function spanId(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value === '')
    throw new RecordError(say('records.span.idEmpty', { where }));
  if (value.length > MAX_SPAN_ID_LENGTH)
    throw new RecordError(say('records.span.idTooLong', { where, max: MAX_SPAN_ID_LENGTH }));
  const problem = idProblem(value);
  if (problem !== null) throw new RecordError(say('records.span.idProblem', { where, problem }));
  return value;
}

/** A code-point offset pair inside the text, as UTF-16 offsets. */
function offsets(raw: Record<string, unknown>, where: string, map: OffsetMap): Fragment {
  for (const name of ['start', 'end'] as const) {
    const v = raw[name];
    if (typeof v !== 'number' || !Number.isInteger(v))
      throw new RecordError(say('records.span.notInteger', { where, name }));
    if (v < 0) throw new RecordError(say('records.span.negative', { where, name, value: v }));
  }
  const s = raw.start as number;
  const e = raw.end as number;
  if (s >= e) throw new RecordError(say('records.span.startNotBeforeEnd', { where, start: s, end: e }));
  if (e > map.codePointLength)
    throw new RecordError(say('records.span.pastEnd', { where, end: e, length: map.codePointLength }));
  return [map.toUtf16(s) ?? 0, map.toUtf16(e) ?? 0];
}

/** Checks a `text` the file gave against the text at those offsets (UTF-16). */
function checkText(given: unknown, where: string, text: string, units: Fragment, map: OffsetMap): void {
  if (given === undefined) return;
  if (typeof given !== 'string') throw new RecordError(say('records.span.textNotString', { where }));
  const covered = text.slice(units[0], units[1]);
  if (given !== covered) {
    const at = `${map.toCodePoint(units[0]) ?? 0}-${map.toCodePoint(units[1]) ?? 0}`;
    throw new RecordError(
      say('records.span.textMismatch', {
        where,
        given: JSON.stringify(given),
        at,
        covered: JSON.stringify(covered),
      }),
    );
  }
}

function parseFragments(value: unknown, where: string, map: OffsetMap, text: string): Fragment[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw new RecordError(say('records.span.fragmentsNotArray', { where }));
  if (value.length === 0) return null;
  if (value.length === 1) {
    throw new RecordError(say('records.span.oneFragment', { where }));
  }
  const fragments = value.map((raw: unknown, i): Fragment => {
    const at = `${where}.fragments[${i}]`;
    if (!isPlainObject(raw)) throw new RecordError(say('records.mustBeObject', { where: at }));
    refuseUnknownKeys(raw, FRAGMENT_KEYS, at);
    const units = offsets(raw, at, map);
    checkText(raw.text, at, text, units, map);
    return units;
  });
  fragments.forEach((f, i) => {
    const before = fragments[i - 1];
    if (before && f[0] < before[1]) {
      throw new RecordError(say('records.span.fragmentsOrder', { where, index: i, previous: i - 1 }));
    }
  });
  return fragments;
}

function parseAttributes(value: unknown, where: string): Attributes {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) throw new RecordError(say('records.span.attributesNotObject', { where }));
  const isValue = (v: unknown): v is AttributeValue =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  const entries = Object.entries(value);
  // What JSON.parse made is kept as it is once its values pass: copying each key cost the parser a tenth of its time.
  if (Object.getPrototypeOf(value) === Object.prototype && entries.every(([, v]) => isValue(v)))
    return value as Attributes;
  const attributes: Attributes = {};
  for (const [name, v] of entries) {
    if (!isValue(v)) {
      throw new RecordError(say('records.span.attributeNotValue', { where, name, value: JSON.stringify(v) }));
    }
    // defineProperty: a "__proto__" attribute must stay a key.
    Object.defineProperty(attributes, name, {
      value: v satisfies AttributeValue,
      enumerable: true,
      writable: true,
    });
  }
  return attributes;
}

const isOriginKind = (v: unknown): v is Origin['kind'] => ORIGIN_KINDS.some((k) => k === v);

function parseOrigin(value: unknown, where: string): Origin | null {
  if (value === undefined || value === null) return null;
  const at = `${where}.origin`;
  if (!isPlainObject(value)) throw new RecordError(say('records.objectOrNull', { where: at }));
  refuseUnknownKeys(value, ORIGIN_KEYS, at);
  if (!isOriginKind(value.kind))
    throw new RecordError(say('records.span.originKind', { where: at, kinds: ORIGIN_KINDS.join(', ') }));
  return { kind: value.kind, rule: optionalText(value.rule, `${at}.rule`) };
}

export function parseSpan(raw: unknown, index: number, map: OffsetMap, text: string): SpanDraft {
  const where = `spans[${index}]`;
  if (!isPlainObject(raw)) throw new RecordError(say('records.mustBeObject', { where }));
  refuseUnknownKeys(raw, SPAN_KEY_SET, where);
  const [start, end] = offsets(raw, where, map);
  const { label, annotator } = raw;
  if (typeof label !== 'string' || label === '')
    throw new RecordError(say('records.span.labelEmpty', { where }));
  if (annotator !== undefined && annotator !== null && typeof annotator !== 'string') {
    throw new RecordError(say('records.span.annotatorNotString', { where }));
  }
  checkText(raw.text, where, text, [start, end], map);
  const fragments = parseFragments(raw.fragments, where, map, text);
  const first = fragments?.[0];
  const last = fragments?.at(-1);
  if (first && last && (first[0] !== start || last[1] !== end)) {
    const cp = (u: number) => map.toCodePoint(u) ?? 0;
    throw new RecordError(
      say('records.span.fragmentsExtent', {
        where,
        start: cp(start),
        end: cp(end),
        first: cp(first[0]),
        last: cp(last[1]),
      }),
    );
  }
  const attributes = parseAttributes(raw.attributes, where);
  return {
    uid: spanId(raw.id, where),
    start,
    end,
    label,
    annotator: annotator ?? null,
    attributes,
    attributesText: attributesJson(attributes),
    fragments,
    origin: parseOrigin(raw.origin, where),
    note: optionalText(raw.note, `${where}.note`),
    flag: optionalText(raw.flag, `${where}.flag`),
  };
}
