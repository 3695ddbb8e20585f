/**
 * Reads doccano's JSONL (writer.ts): `label` as `[[start, end, "LABEL"], …]`
 * (or doccano's older `labels`), or `entities` and `relations`. Offsets are
 * code points. A line that cannot be read is an error at `file:line`; the
 * import decides, as for our own JSONL, whether that stops it.
 */
import { isPlainObject } from '../../corpus/record-common.ts';
import { codePointSlicer, idFrom, metaFrom, plainSpan } from '../build.ts';
import type {
  CorpusRecord,
  FormatReader,
  InputFile,
  ReadResult,
  RecordRelation,
  RecordSpan,
} from '../types.ts';
import { errorAt, ReadError } from '../read-error.ts';
import { say } from '../../text/messages/say.ts';
import { jsonErrorText } from '../../corpus/json-error.ts';

/** Keys with a meaning here; every other key of a line is kept in meta.extra. */
const KNOWN = new Set(['id', 'text', 'label', 'labels', 'entities', 'relations', 'meta']);

class LineError extends ReadError {}

function labelSpans(value: unknown, slice: ReturnType<typeof codePointSlicer>): RecordSpan[] {
  if (!Array.isArray(value)) throw new LineError(say('readers.doccano.labelNotList'));
  return value.map((item: unknown, i) => {
    if (!Array.isArray(item) || item.length < 3 || typeof item[2] !== 'string')
      throw new LineError(say('readers.doccano.labelItem', { index: i }));
    const [start, end, label] = item as [unknown, unknown, string];
    const covered = slice(start, end);
    if (covered === null)
      throw new LineError(
        say('readers.doccano.labelOutside', { index: i, start: String(start), end: String(end) }),
      );
    return plainSpan(`T${i + 1}`, start as number, end as number, label, covered);
  });
}

function entitySpans(value: unknown, slice: ReturnType<typeof codePointSlicer>): RecordSpan[] {
  if (!Array.isArray(value)) throw new LineError(say('readers.doccano.entitiesNotList'));
  return value.map((item: unknown, i) => {
    if (!isPlainObject(item)) throw new LineError(say('readers.doccano.entityNotObject', { index: i }));
    const id = idFrom(item.id) ?? `T${i + 1}`;
    if (typeof item.label !== 'string') throw new LineError(say('readers.doccano.entityLabel', { index: i }));
    const covered = slice(item.start_offset, item.end_offset);
    if (covered === null) throw new LineError(say('readers.doccano.entityOutside', { index: i }));
    return plainSpan(id, item.start_offset as number, item.end_offset as number, item.label, covered);
  });
}

function relationsOf(value: unknown): RecordRelation[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new LineError(say('readers.doccano.relationsNotList'));
  return value.map((item: unknown, i) => {
    if (!isPlainObject(item)) throw new LineError(say('readers.doccano.relationNotObject', { index: i }));
    const head = idFrom(item.from_id);
    const child = idFrom(item.to_id);
    if (head === null || child === null || typeof item.type !== 'string')
      throw new LineError(say('readers.doccano.relationFields', { index: i }));
    return { head, child, label: item.type };
  });
}

export function recordFromDoccano(value: unknown): CorpusRecord {
  if (!isPlainObject(value)) throw new LineError(say('readers.doccano.lineNotObject'));
  const { text } = value;
  if (typeof text !== 'string') throw new LineError(say('records.textNotString'));
  const slice = codePointSlicer(text);
  const spans =
    value.entities !== undefined
      ? entitySpans(value.entities, slice)
      : labelSpans(value.label ?? value.labels ?? [], slice);
  const others = Object.fromEntries(Object.entries(value).filter(([k]) => !KNOWN.has(k)));
  return {
    id: idFrom(value.id) ?? '',
    text,
    meta: metaFrom(value.meta, text, others),
    spans,
    relations: relationsOf(value.relations),
  };
}

/**
 * A file that is one JSON value over many lines (doccano's own relation
 * example is pretty-printed): its object, or its array's objects, as
 * records; null when the file is not that.
 */
function wholeFile(file: InputFile): Generator<ReadResult> | null {
  const first = file.text.trimStart()[0];
  if (first !== '{' && first !== '[') return null;
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch {
    return null;
  }
  return (function* () {
    for (const [i, item] of (Array.isArray(value) ? value : [value]).entries()) {
      try {
        yield {
          kind: 'record',
          record: recordFromDoccano(item),
          losses: [],
          where: `${file.path}:1`,
        } as const;
      } catch (e) {
        if (e instanceof LineError)
          yield errorAt(`${file.path}:1`, say('readers.atRecord', { index: i + 1, reason: e.text }));
        else throw e;
      }
    }
  })();
}

function* readFile(file: InputFile): Generator<ReadResult> {
  const lines = file.text.split('\n');
  // One record a line, unless the first line is not a record and the whole file is one JSON value.
  if (lines.length > 1 && !isJsonObject(lines[0] ?? '')) {
    const whole = wholeFile(file);
    if (whole) {
      yield* whole;
      return;
    }
  }
  for (const [index, raw] of lines.entries()) {
    const where = `${file.path}:${index + 1}`;
    if (raw.trim() === '') continue;
    try {
      yield { kind: 'record', record: recordFromDoccano(JSON.parse(raw)), losses: [], where };
    } catch (e) {
      if (e instanceof LineError) yield errorAt(where, e.text);
      // V8's words, said as our JSONL and Prodigy readers say them (and with the column).
      else if (e instanceof SyntaxError) yield errorAt(where, jsonErrorText(raw, e.message));
      else throw e;
    }
  }
}

function isJsonObject(line: string): boolean {
  try {
    return isPlainObject(JSON.parse(line));
  } catch {
    return false;
  }
}

export const doccanoReader: FormatReader = {
  *read(files) {
    for (const file of files) yield* readFile(file);
  },
};
