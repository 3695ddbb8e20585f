/**
 * Reads CoNLL-2002: `token TAG` or the shared task's `token POS TAG` (the
 * first and last columns are used), blank lines between sentences, a line
 * starting with `-DOCSTART-` before each document (a file without one is one
 * document). Tags are O, B-LABEL and I-LABEL; an I- tag that does not
 * continue a span of its label starts one (as conlleval reads IOB1).
 *
 * The text is rebuilt: one space between tokens, a line break between
 * sentences.
 */
import { basename } from 'node:path';
import { codePoints, newRecord, type SpanAt } from '../record-build.ts';
import type { FormatReader, InputFile, Loss, ReadResult } from '../types.ts';
import { LOSS_KIND, lost } from '../losses.ts';
import { say } from '../../text/messages/say.ts';
import { errorAt } from '../read-error.ts';

interface Doc {
  sentences: string[][];
  spans: SpanAt[];
  columns: number;
  errors: ReadResult[];
}

const TAG = /^(?:O|([BI])-(\S+))$/;

/** The text an import of these CoNLL lines builds (used by the writer to tell when text changes). */
export function rebuiltText(lines: readonly string[]): string {
  const sentences: string[][] = [[]];
  for (const line of lines) {
    const fields = line.trim().split(/\s+/);
    if (line.trim() === '') sentences.push([]);
    else if (fields[0] !== '-DOCSTART-') sentences.at(-1)?.push(fields[0] ?? '');
  }
  return sentences
    .filter((s) => s.length > 0)
    .map((s) => s.join(' '))
    .join('\n');
}

function* parse(file: InputFile): Generator<Doc> {
  let doc: Doc = { sentences: [], spans: [], columns: 0, errors: [] };
  let sentence: string[] = [];
  let offset = 0;
  let open = null as SpanAt | null;
  const closeSentence = () => {
    if (sentence.length > 0) {
      doc.sentences.push(sentence);
      offset += 1; // the line break
    }
    sentence = [];
    open = null;
  };
  const lines = file.text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    const fields = line.trim().split(/\s+/);
    if (line.trim() === '') {
      closeSentence();
      continue;
    }
    if (fields[0] === '-DOCSTART-') {
      closeSentence();
      if (doc.sentences.length > 0 || doc.errors.length > 0) yield doc;
      doc = { sentences: [], spans: [], columns: 0, errors: [] };
      offset = 0;
      continue;
    }
    const where = `${file.path}:${n + 1}`;
    const token = fields[0] ?? '';
    const tag = fields.at(-1) ?? '';
    if (fields.length < 2) {
      doc.errors.push(errorAt(where, say('readers.conll.fields')));
      continue;
    }
    const m = TAG.exec(tag);
    if (!m) {
      doc.errors.push(errorAt(where, say('readers.conll.tag', { tag: JSON.stringify(tag) })));
      continue;
    }
    doc.columns = Math.max(doc.columns, fields.length);
    if (sentence.length > 0) offset += 1; // the space
    const start = offset;
    offset += codePoints(token);
    sentence.push(token);
    const [, bi, label] = m;
    const current = open;
    if (label === undefined) open = null;
    else if (bi === 'I' && current !== null && current.label === label) current.end = offset;
    else {
      open = { start, end: offset, label };
      doc.spans.push(open);
    }
  }
  closeSentence();
  if (doc.sentences.length > 0 || doc.errors.length > 0) yield doc;
}

export function conllReader(): FormatReader {
  return {
    *read(files: readonly InputFile[]): Iterable<ReadResult> {
      for (const file of files) {
        for (const doc of parse(file)) {
          if (doc.errors.length > 0) {
            yield* doc.errors;
            continue;
          }
          const text = doc.sentences.map((s) => s.join(' ')).join('\n');
          const record = newRecord(text, doc.spans, [], { source: basename(file.path) });
          const losses: Loss[] = [];
          if (doc.columns > 2) {
            const text = say('losses.reader.columns', { count: doc.columns - 2 });
            losses.push(lost(record.id, null, LOSS_KIND.column, text));
          }
          yield { kind: 'record', record, losses };
        }
      }
    },
  };
}
