/**
 * One document as one JSONL line: the format itself. Every record has the
 * same keys in the same order (RECORD_KEYS, META_KEYS, SPAN_KEYS,
 * RELATION_KEYS; resources/export.schema.json describes it), unset values
 * written as null or empty, never left out. Offsets in Unicode code points,
 * spans by start then end, ties in a fixed order; relations by their head's
 * place in `spans`, then their child's, then label. Used by the export on
 * whichever thread builds the pages.
 */
import type { DocumentRow } from '../db/documents.ts';
import type { CorpusRecord, RecordFragment, RecordRelation, RecordSpan } from '../formats/types.ts';
import { OffsetMap } from '../text/offsets.ts';

export type DocRow = Omit<DocumentRow, 'created_at' | 'updated_at'>;

/** An annotation as the export reads it; `attributes` and `origin` are written as stored (canonical JSON). */
export interface SpanRow {
  /** The row id, which relations refer to. */
  id: number;
  uid: string;
  start: number;
  end: number;
  label: string;
  annotator: string | null;
  attributes: string;
  /** `[[start, end], …]` in UTF-16 units, or null for a contiguous span. */
  fragments: string | null;
  origin: string | null;
  note: string | null;
  flag: string | null;
}

export type PageSpanRow = Omit<SpanRow, 'label'> & { document_id: number; label_id: number };

export interface RelationRow {
  head_id: number;
  child_id: number;
  label: string;
}

export interface PageRelationRow {
  document_id: number;
  head_id: number;
  child_id: number;
  role_id: number;
}

const compareText = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

/** The order of spans on the same characters: label, annotator (none first), fragments, id. */
const compareTies = (x: SpanRow, y: SpanRow): number =>
  compareText(x.label, y.label) ||
  compareText(x.annotator, y.annotator) ||
  compareText(x.fragments, y.fragments) ||
  compareText(x.uid, y.uid);

function sortTies(spans: SpanRow[]): void {
  let from = 0;
  for (let i = 1; i <= spans.length; i++) {
    const a = spans[from];
    const b = spans[i];
    if (b && a && b.start === a.start && b.end === a.end) continue;
    if (i - from > 1) {
      const run = spans.slice(from, i).sort(compareTies);
      spans.splice(from, run.length, ...run);
    }
    from = i;
  }
}

/**
 * Spans arrive in index order (document, start, end, label id); only the
 * ties on the same characters are sorted here. Joining labels and sorting in
 * SQL took twice as long.
 */
export function groupByDocument(
  rows: readonly PageSpanRow[],
  labelName: (id: number) => string,
): Map<number, SpanRow[]> {
  const byDocument = new Map<number, SpanRow[]>();
  for (const row of rows) {
    const span: SpanRow = {
      id: row.id,
      uid: row.uid,
      start: row.start,
      end: row.end,
      label: labelName(row.label_id),
      annotator: row.annotator,
      attributes: row.attributes,
      fragments: row.fragments,
      origin: row.origin,
      note: row.note,
      flag: row.flag,
    };
    const list = byDocument.get(row.document_id);
    if (list) list.push(span);
    else byDocument.set(row.document_id, [span]);
  }
  for (const list of byDocument.values()) sortTies(list);
  return byDocument;
}

/** Relations by document, with their role's name; their order is set by documentLine. */
export function groupRelations(
  rows: readonly PageRelationRow[],
  roleName: (id: number) => string,
): Map<number, RelationRow[]> {
  const byDocument = new Map<number, RelationRow[]>();
  for (const row of rows) {
    const relation = { head_id: row.head_id, child_id: row.child_id, label: roleName(row.role_id) };
    const list = byDocument.get(row.document_id);
    if (list) list.push(relation);
    else byDocument.set(row.document_id, [relation]);
  }
  return byDocument;
}

const json = (value: string | number | null): string => JSON.stringify(value);

/**
 * Characters JSON allows raw inside strings but Python's `str.splitlines()`
 * (and other tools) take for line breaks: NEL, LINE SEPARATOR and PARAGRAPH
 * SEPARATOR. The export writes them as `\u` escapes so that every way of
 * splitting the file gives one record a line; the decoded text is the same.
 * (The other characters splitlines() splits on are C0 controls, which
 * JSON.stringify escapes already.)
 */
const LINE_BREAKS = ['\u0085', '\u2028', '\u2029'] as const;
const LINE_BREAK_ALL = new RegExp(`[${LINE_BREAKS.join('')}]`, 'g');

const escapeCharacter = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Whether `s` holds one of those characters: three searches, cheaper than a regex test. */
export const hasLineBreak = (s: string): boolean => LINE_BREAKS.some((c) => s.includes(c));

/**
 * JSON with those characters escaped. Safe on any JSON text: they can only
 * stand inside strings, where the escape means the same character. Only a
 * search when there is nothing to escape, which is nearly always.
 */
export const escapeLineBreaks = (json: string): string =>
  hasLineBreak(json) ? json.replace(LINE_BREAK_ALL, escapeCharacter) : json;

/**
 * `meta` written by hand in its fixed key order; `extra` is the stored
 * column as it is (JSON.stringify wrote it, keys in the order they came).
 */
const metaJson = (doc: DocRow): string =>
  `{"date":${json(doc.published)},"source":${json(doc.source)},"status":${json(doc.status)},` +
  `"note":${json(doc.note)},"flag":${json(doc.flag)},` +
  `"title":${json(doc.title)},"sha256":${json(doc.text_sha256)},"extra":${doc.meta}}`;

type ToCodePoint = (unit: number) => number;

function fragmentsJson(text: string, stored: string | null, codePoint: ToCodePoint): string {
  if (stored === null) return '[]';
  const pieces = (JSON.parse(stored) as [number, number][]).map(
    ([s, e]) => `{"start":${codePoint(s)},"end":${codePoint(e)},"text":${json(text.slice(s, e))}}`,
  );
  return `[${pieces.join(',')}]`;
}

const spanJson = (text: string, s: SpanRow, codePoint: ToCodePoint): string =>
  `{"id":${json(s.uid)},"start":${codePoint(s.start)},"end":${codePoint(s.end)},"label":${json(s.label)},` +
  `"text":${json(text.slice(s.start, s.end))},"annotator":${json(s.annotator)},"attributes":${s.attributes},` +
  `"fragments":${fragmentsJson(text, s.fragments, codePoint)},"origin":${s.origin ?? 'null'},` +
  `"note":${json(s.note)},"flag":${json(s.flag)}}`;

/** The relations of a line in their order, head and child by their span's uid. */
function orderedRelations(
  doc: DocRow,
  spans: readonly SpanRow[],
  relations: readonly RelationRow[],
): RecordRelation[] {
  const place = new Map(spans.map((s, i) => [s.id, i]));
  const at = (id: number): number => {
    const i = place.get(id);
    // Relations and spans are read in one snapshot: a miss is a damaged row, not something to skip.
    if (i === undefined)
      throw new Error(`document ${doc.external_id}: a relation refers to annotation ${id}, not in it`);
    return i;
  };
  return relations
    .map((r) => ({ head: at(r.head_id), child: at(r.child_id), label: r.label }))
    .sort((a, b) => a.head - b.head || a.child - b.child || compareText(a.label, b.label))
    .map((r) => ({ head: spans[r.head]?.uid ?? '', child: spans[r.child]?.uid ?? '', label: r.label }));
}

/** `"spans":[…],"relations":[…]}`: the end of a line. */
function spansAndRelations(
  doc: DocRow,
  spans: readonly SpanRow[],
  relations: readonly RelationRow[],
  codePoint: ToCodePoint,
): string {
  const spanList = spans.map((s) => spanJson(doc.text, s, codePoint)).join(',');
  if (relations.length === 0) return `"spans":[${spanList}],"relations":[]}`;
  const relationList = orderedRelations(doc, spans, relations)
    .map((r) => `{"head":${json(r.head)},"child":${json(r.child)},"label":${json(r.label)}}`)
    .join(',');
  return `"spans":[${spanList}],"relations":[${relationList}]}`;
}

/** Code points of `doc.text` by UTF-16 offset, a damaged offset thrown. */
function codePointsOf(doc: DocRow): ToCodePoint {
  const map = new OffsetMap(doc.text);
  return (unit) => {
    const at = map.toCodePoint(unit);
    // The schema keeps spans inside the text; a miss means a damaged row, not something to skip quietly.
    if (at === undefined)
      throw new Error(`document ${doc.external_id}: span offset ${unit} is outside its text`);
    return at;
  };
}

/** One document as its JSONL line (without the newline). Key order is part of the format. */
export function documentLine(
  doc: DocRow,
  spans: readonly SpanRow[],
  relations: readonly RelationRow[] = [],
): string {
  const codePoint = codePointsOf(doc);
  return escapeLineBreaks(
    `{"id":${json(doc.external_id)},"text":${json(doc.text)},"meta":${metaJson(doc)},${spansAndRelations(doc, spans, relations, codePoint)}`,
  );
}

const sameUnit = (unit: number): number => unit;

/**
 * The line of a document whose text has no characters outside the BMP,
 * around that text: there code points and UTF-16 units agree, so offsets need
 * no conversion, and the text itself goes out as the bytes SQLite's
 * json_quote made (identical to JSON.stringify for every character; tested),
 * which is cheaper than escaping it here. Only for a text without the
 * characters escapeLineBreaks() escapes (hasLineBreak tells).
 */
export function lineAroundText(
  doc: DocRow,
  spans: readonly SpanRow[],
  relations: readonly RelationRow[] = [],
): { head: string; tail: string } {
  return {
    head: escapeLineBreaks(`{"id":${json(doc.external_id)},"text":`),
    tail: escapeLineBreaks(`,"meta":${metaJson(doc)},${spansAndRelations(doc, spans, relations, sameUnit)}`),
  };
}

/**
 * The record a document's line reads back as (JSON.parse of documentLine or
 * of lineAroundText's line), built from the rows without the JSON between:
 * what the other formats' writers take. Key order as in the line, offsets
 * in code points; `bmpOnly` as for lineAroundText (offsets need no map).
 */
export function documentRecord(
  doc: DocRow,
  spans: readonly SpanRow[],
  relations: readonly RelationRow[],
  bmpOnly: boolean,
): CorpusRecord {
  const codePoint = bmpOnly ? sameUnit : codePointsOf(doc);
  const { text } = doc;
  return {
    id: doc.external_id,
    text,
    meta: {
      date: doc.published,
      source: doc.source,
      status: doc.status,
      note: doc.note,
      flag: doc.flag,
      title: doc.title,
      sha256: doc.text_sha256,
      extra: JSON.parse(doc.meta) as Record<string, unknown>,
    },
    spans: spans.map((s) => spanRecord(text, s, codePoint)),
    relations: relations.length === 0 ? [] : orderedRelations(doc, spans, relations),
  };
}

function spanRecord(text: string, s: SpanRow, codePoint: ToCodePoint): RecordSpan {
  return {
    id: s.uid,
    start: codePoint(s.start),
    end: codePoint(s.end),
    label: s.label,
    text: text.slice(s.start, s.end),
    annotator: s.annotator,
    attributes: JSON.parse(s.attributes) as RecordSpan['attributes'],
    fragments: s.fragments === null ? [] : fragmentRecords(text, s.fragments, codePoint),
    origin: s.origin === null ? null : (JSON.parse(s.origin) as RecordSpan['origin']),
    note: s.note,
    flag: s.flag,
  };
}

function fragmentRecords(text: string, stored: string, codePoint: ToCodePoint): RecordFragment[] {
  return (JSON.parse(stored) as [number, number][]).map(([s, e]) => ({
    start: codePoint(s),
    end: codePoint(e),
    text: text.slice(s, e),
  }));
}
