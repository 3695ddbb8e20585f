/**
 * Turning the lines of a JSONL file into validated document drafts: the part
 * of an import that needs no database, so it can run on a worker thread
 * (jsonl-worker.ts) while the main thread writes (import.ts).
 */
import { statSync } from 'node:fs';
import { foreignEncodingReason, readHead } from './encoding.ts';
import { jsonErrorText } from './json-error.ts';
import { openLineReader, type Line } from './line-reader.ts';
import { parseJsonlRecord, type DocumentDraft } from './record.ts';
import { RecordError } from './record-common.ts';
import { errorMessage } from '../text/error-message.ts';
import { english, type MainText, say } from '../text/messages/say.ts';

export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export type ParsedLine =
  | { kind: 'blank'; line: number }
  /** A bad record, reported as `file:line: reason`. */
  | { kind: 'problem'; line: number; reason: string; text?: MainText | undefined }
  | { kind: 'record'; line: number; draft: DocumentDraft };

/** Lines parsed together, with how far into the file they reach (for progress). */
export interface ParsedBatch {
  items: ParsedLine[];
  bytesRead: number;
  size: number;
}

const problemAt = (line: number, text: MainText): ParsedLine => ({
  kind: 'problem',
  line,
  reason: english(text),
  text,
});

/**
 * Whether a line that is not JSON is records separated by lone CRs: its
 * part up to the first CR is JSON. Asked only of lines that failed, so a
 * valid record with a CR in its white space costs nothing.
 */
function endsInCrOnly(text: string): boolean {
  const cr = text.indexOf('\r');
  if (cr === -1 || text.slice(cr).trim() === '') return false;
  try {
    JSON.parse(text.slice(0, cr));
    return true;
  } catch {
    return false;
  }
}

export function parseJsonlLine(line: Line): ParsedLine {
  if (line.kind === 'too-long') {
    return problemAt(line.line, say('records.line.tooLong', { bytes: line.bytes, max: MAX_LINE_BYTES }));
  }
  if (line.kind === 'bad-utf8') return problemAt(line.line, say('records.line.notUtf8'));
  // CRLF files are fine: the CR before the newline is only JSON white space.
  const text = line.text.endsWith('\r') ? line.text.slice(0, -1) : line.text;
  if (line.line === 1 && text.charCodeAt(0) === 0xfeff) {
    return problemAt(1, say('records.line.bom'));
  }
  if (text.trim() === '') return { kind: 'blank', line: line.line };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (endsInCrOnly(text)) return problemAt(line.line, say('records.line.crOnly'));
    return problemAt(line.line, jsonErrorText(text, errorMessage(e)));
  }
  try {
    return { kind: 'record', line: line.line, draft: parseJsonlRecord(value) };
  } catch (e) {
    if (e instanceof RecordError)
      return { kind: 'problem', line: line.line, reason: e.message, text: e.text };
    throw e;
  }
}

/** Parses a JSONL file in batches of `batchSize` records (blank lines do not count). */
export function* parseJsonlFile(path: string, batchSize: number): Generator<ParsedBatch> {
  // A file in another encoding is one problem, not one per line.
  const foreign = foreignEncodingReason(readHead(path), path);
  if (foreign !== null) {
    const { size } = statSync(path);
    yield { items: [problemAt(1, foreign)], bytesRead: size, size };
    return;
  }
  const reader = openLineReader(path, MAX_LINE_BYTES);
  let items: ParsedLine[] = [];
  let records = 0;
  for (const line of reader.lines()) {
    const parsed = parseJsonlLine(line);
    items.push(parsed);
    if (parsed.kind !== 'blank') records++;
    if (records === batchSize) {
      yield { items, bytesRead: reader.bytesRead, size: reader.size };
      items = [];
      records = 0;
    }
  }
  yield { items, bytesRead: reader.size, size: reader.size };
}
