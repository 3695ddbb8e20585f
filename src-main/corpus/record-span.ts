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
    if (!known.has(key)) throw new RecordError(`${where}: unknown key ${JSON.stringify(key)}`);
  }
}

function optionalText(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new RecordError(`${where} must be a string or null`);
  return value;
}

function spanId(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value === '')
    throw new RecordError(`${where}.id must be a non-empty string`);
  if (value.length > MAX_SPAN_ID_LENGTH)
    throw new RecordError(`${where}.id is longer than ${MAX_SPAN_ID_LENGTH} characters`);
  const problem = idProblem(value);
  if (problem !== null) throw new RecordError(`${where}.id ${problem}`);
  return value;
}

/** A code-point offset pair inside the text, as UTF-16 offsets. */
function offsets(raw: Record<string, unknown>, where: string, map: OffsetMap): Fragment {
  for (const name of ['start', 'end'] as const) {
    const v = raw[name];
    if (typeof v !== 'number' || !Number.isInteger(v))
      throw new RecordError(`${where}.${name} must be an integer`);
    if (v < 0) throw new RecordError(`${where}.${name} ${v} is negative`);
  }
  const s = raw.start as number;
  const e = raw.end as number;
  if (s >= e) throw new RecordError(`${where}: start ${s} must be less than end ${e}`);
  if (e > map.codePointLength)
    throw new RecordError(
      `${where}: end ${e} is past the end of the text (${map.codePointLength} code points)`,
    );
  return [map.toUtf16(s) ?? 0, map.toUtf16(e) ?? 0];
}

/** Checks a `text` the file gave against the text at those offsets (UTF-16). */
function checkText(given: unknown, where: string, text: string, units: Fragment, map: OffsetMap): void {
  if (given === undefined) return;
  if (typeof given !== 'string') throw new RecordError(`${where}.text must be a string`);
  const covered = text.slice(units[0], units[1]);
  if (given !== covered) {
    const at = `${map.toCodePoint(units[0]) ?? 0}-${map.toCodePoint(units[1]) ?? 0}`;
    throw new RecordError(
      `${where}: text ${JSON.stringify(given)} does not match the text at ${at} (${JSON.stringify(covered)}); offsets must be Unicode code points`,
    );
  }
}

function parseFragments(value: unknown, where: string, map: OffsetMap, text: string): Fragment[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw new RecordError(`${where}.fragments must be an array`);
  if (value.length === 0) return null;
  if (value.length === 1) {
    throw new RecordError(
      `${where}.fragments has one fragment; a fragmented span has at least two (leave fragments empty for a contiguous span)`,
    );
  }
  const fragments = value.map((raw: unknown, i): Fragment => {
    const at = `${where}.fragments[${i}]`;
    if (!isPlainObject(raw)) throw new RecordError(`${at} must be an object`);
    refuseUnknownKeys(raw, FRAGMENT_KEYS, at);
    const units = offsets(raw, at, map);
    checkText(raw.text, at, text, units, map);
    return units;
  });
  fragments.forEach((f, i) => {
    const before = fragments[i - 1];
    if (before && f[0] < before[1]) {
      throw new RecordError(
        `${where}.fragments[${i}] starts before fragments[${i - 1}] ends; fragments must be in order and not overlap`,
      );
    }
  });
  return fragments;
}

function parseAttributes(value: unknown, where: string): Attributes {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) throw new RecordError(`${where}.attributes must be an object`);
  const isValue = (v: unknown): v is AttributeValue =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  const entries = Object.entries(value);
  // What JSON.parse made is kept as it is once its values pass: copying each key cost the parser a tenth of its time.
  if (Object.getPrototypeOf(value) === Object.prototype && entries.every(([, v]) => isValue(v)))
    return value as Attributes;
  const attributes: Attributes = {};
  for (const [name, v] of entries) {
    if (!isValue(v)) {
      throw new RecordError(
        `${where}.attributes.${name}: ${JSON.stringify(v)} is not a value (a string, number, true or false); leave an unset attribute out`,
      );
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
  if (!isPlainObject(value)) throw new RecordError(`${at} must be an object or null`);
  refuseUnknownKeys(value, ORIGIN_KEYS, at);
  if (!isOriginKind(value.kind))
    throw new RecordError(`${at}.kind must be one of ${ORIGIN_KINDS.join(', ')}`);
  return { kind: value.kind, rule: optionalText(value.rule, `${at}.rule`) };
}

export function parseSpan(raw: unknown, index: number, map: OffsetMap, text: string): SpanDraft {
  const where = `spans[${index}]`;
  if (!isPlainObject(raw)) throw new RecordError(`${where} must be an object`);
  refuseUnknownKeys(raw, SPAN_KEY_SET, where);
  const [start, end] = offsets(raw, where, map);
  const { label, annotator } = raw;
  if (typeof label !== 'string' || label === '')
    throw new RecordError(`${where}.label must be a non-empty string`);
  if (annotator !== undefined && annotator !== null && typeof annotator !== 'string') {
    throw new RecordError(`${where}.annotator must be a string`);
  }
  checkText(raw.text, where, text, [start, end], map);
  const fragments = parseFragments(raw.fragments, where, map, text);
  const first = fragments?.[0];
  const last = fragments?.at(-1);
  if (first && last && (first[0] !== start || last[1] !== end)) {
    const cp = (u: number) => map.toCodePoint(u) ?? 0;
    throw new RecordError(
      `${where}: start and end (${cp(start)}-${cp(end)}) must be the extent of its fragments (${cp(first[0])}-${cp(last[1])})`,
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
