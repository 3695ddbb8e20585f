/**
 * One document as one JSONL line: the format itself. Offsets in Unicode code
 * points, spans by start then end (then label name), `meta` keys in a fixed
 * order. Used by the export on whichever thread builds the pages.
 */
import type { DocumentRow } from '../db/documents.ts';
import { OffsetMap } from '../text/offsets.ts';
import { MODELLED_META } from './record.ts';

export type DocRow = Omit<DocumentRow, 'created_at' | 'updated_at'>;

export interface SpanRow {
  start: number;
  end: number;
  label: string;
  annotator: string | null;
}

export interface PageSpanRow {
  document_id: number;
  start: number;
  end: number;
  label_id: number;
  annotator: string | null;
}

/**
 * Spans arrive in index order (document, start, end, label id); the format
 * orders spans on the same characters by label name, so only those ties are
 * sorted here. Joining labels and sorting in SQL took twice as long.
 */
export function groupByDocument(
  rows: readonly PageSpanRow[],
  labelName: (id: number) => string,
): Map<number, SpanRow[]> {
  const byDocument = new Map<number, SpanRow[]>();
  for (const row of rows) {
    const span: SpanRow = {
      start: row.start,
      end: row.end,
      label: labelName(row.label_id),
      annotator: row.annotator,
    };
    const list = byDocument.get(row.document_id);
    if (list) list.push(span);
    else byDocument.set(row.document_id, [span]);
  }
  for (const list of byDocument.values()) sortTiesByLabel(list);
  return byDocument;
}

function sortTiesByLabel(spans: SpanRow[]): void {
  let from = 0;
  for (let i = 1; i <= spans.length; i++) {
    const a = spans[from];
    const b = spans[i];
    if (b && a && b.start === a.start && b.end === a.end) continue;
    if (i - from > 1) {
      const run = spans.slice(from, i).sort((x, y) => (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
      spans.splice(from, run.length, ...run);
    }
    from = i;
  }
}

const field = (key: string, value: unknown): string => `${JSON.stringify(key)}:${JSON.stringify(value)}`;

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
 * `meta` written by hand rather than through an object: JavaScript puts
 * integer-like keys ("2021") before all others, which would break the fixed
 * order date, source, status, sha256, title, then the stored keys.
 */
function metaJson(doc: DocRow): string {
  const parts: string[] = [];
  if (doc.published !== null) parts.push(field('date', doc.published));
  if (doc.source !== null) parts.push(field('source', doc.source));
  parts.push(field('status', doc.status), field('sha256', doc.text_sha256));
  if (doc.title !== null) parts.push(field('title', doc.title));
  const stored = doc.meta === '{}' ? {} : (JSON.parse(doc.meta) as Record<string, unknown>);
  for (const [key, value] of Object.entries(stored)) {
    // Never a key twice: the columns are the truth for the modelled keys.
    if (!MODELLED_META.has(key)) parts.push(field(key, value));
  }
  return `{${parts.join(',')}}`;
}

/** One document as its JSONL line (without the newline). Key order is part of the format. */
export function documentLine(doc: DocRow, spans: readonly SpanRow[]): string {
  const map = new OffsetMap(doc.text);
  const codePoint = (unit: number): number => {
    const at = map.toCodePoint(unit);
    // The schema keeps spans inside the text; a miss means a damaged row, not something to skip quietly.
    if (at === undefined)
      throw new Error(`document ${doc.external_id}: span offset ${unit} is outside its text`);
    return at;
  };
  const spanJson = spans.map((s) => {
    const span: Record<string, unknown> = {
      start: codePoint(s.start),
      end: codePoint(s.end),
      label: s.label,
      text: doc.text.slice(s.start, s.end),
    };
    if (s.annotator !== null) span.annotator = s.annotator;
    return span;
  });
  return escapeLineBreaks(
    `{${field('id', doc.external_id)},${field('text', doc.text)},"meta":${metaJson(doc)},${field('spans', spanJson)}}`,
  );
}

/**
 * The line of a document whose text has no characters outside the BMP,
 * around that text: there code points and UTF-16 units agree, so offsets need
 * no conversion, and the text itself goes out as the bytes SQLite's
 * json_quote made (identical to JSON.stringify for every character; tested),
 * which is cheaper than escaping it here. Only for a text without the
 * characters escapeLineBreaks() escapes (hasLineBreak tells).
 */
export function lineAroundText(doc: DocRow, spans: readonly SpanRow[]): { head: string; tail: string } {
  const spanJson = spans.map((s) => {
    const span: Record<string, unknown> = {
      start: s.start,
      end: s.end,
      label: s.label,
      text: doc.text.slice(s.start, s.end),
    };
    if (s.annotator !== null) span.annotator = s.annotator;
    return span;
  });
  return {
    head: escapeLineBreaks(`{${field('id', doc.external_id)},"text":`),
    tail: escapeLineBreaks(`,"meta":${metaJson(doc)},${field('spans', spanJson)}}`),
  };
}
