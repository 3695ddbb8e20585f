/**
 * Turning the lines of a JSONL file into validated document drafts: the part
 * of an import that needs no database, so it can run on a worker thread
 * (jsonl-worker.ts) while the main thread writes (import.ts).
 */
import { statSync } from 'node:fs';
import { foreignEncodingReason, readHead } from './encoding.ts';
import { describeJsonError } from './json-error.ts';
import { openLineReader, type Line } from './line-reader.ts';
import { parseJsonlRecord, type DocumentDraft } from './record.ts';
import { RecordError } from './record-common.ts';
import { errorMessage } from '../text/error-message.ts';

export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export type ParsedLine =
  | { kind: 'blank'; line: number }
  /** A bad record, reported as `file:line: reason`. */
  | { kind: 'problem'; line: number; reason: string }
  | { kind: 'record'; line: number; draft: DocumentDraft };

/** Lines parsed together, with how far into the file they reach (for progress). */
export interface ParsedBatch {
  items: ParsedLine[];
  bytesRead: number;
  size: number;
}

const CR_ONLY =
  "lines end in CR only (old Mac style), so records run together; convert the line endings to LF, e.g. tr '\\r' '\\n' < in.jsonl > out.jsonl";

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
    return {
      kind: 'problem',
      line: line.line,
      reason: `line is ${line.bytes} bytes; a record may be at most ${MAX_LINE_BYTES} bytes`,
    };
  }
  if (line.kind === 'bad-utf8')
    return { kind: 'problem', line: line.line, reason: 'line is not valid UTF-8' };
  // CRLF files are fine: the CR before the newline is only JSON white space.
  const text = line.text.endsWith('\r') ? line.text.slice(0, -1) : line.text;
  if (line.line === 1 && text.charCodeAt(0) === 0xfeff) {
    return {
      kind: 'problem',
      line: 1,
      reason:
        'file starts with a byte order mark (BOM), which JSONL does not allow; save it as UTF-8 without BOM',
    };
  }
  if (text.trim() === '') return { kind: 'blank', line: line.line };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const reason = endsInCrOnly(text) ? CR_ONLY : describeJsonError(text, errorMessage(e));
    return { kind: 'problem', line: line.line, reason };
  }
  try {
    return { kind: 'record', line: line.line, draft: parseJsonlRecord(value) };
  } catch (e) {
    if (e instanceof RecordError) return { kind: 'problem', line: line.line, reason: e.message };
    throw e;
  }
}

/** Parses a JSONL file in batches of `batchSize` records (blank lines do not count). */
export function* parseJsonlFile(path: string, batchSize: number): Generator<ParsedBatch> {
  // A file in another encoding is one problem, not one per line.
  const foreign = foreignEncodingReason(readHead(path), path);
  if (foreign !== null) {
    const { size } = statSync(path);
    yield { items: [{ kind: 'problem', line: 1, reason: foreign }], bytesRead: size, size };
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
