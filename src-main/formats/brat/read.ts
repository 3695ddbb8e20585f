/**
 * brat standoff in: one `NAME.txt` with its `NAME.ann` becomes one record.
 * T lines are spans (fragments cut only at line breaks join back into one
 * span), R lines relations (Arg1 the head), A and M lines attributes,
 * `AnnotatorNotes` the span's note. Events, normalizations, equivalences
 * and annotations on anything but a T line are each a Loss; a line brat
 * itself would refuse is an error (`file:line: reason`).
 */
import type { AttributeValue } from '../../db/model.ts';
import { fileNameToId } from '../../text/file-name.ts';
import type {
  CorpusRecord,
  FormatReader,
  InputFile,
  Loss,
  ReadResult,
  RecordRelation,
  RecordSpan,
  SchemeForFormats,
} from '../types.ts';
import { AnnSyntaxError, parseAnn, type AnnLine, type TextBoundLine } from './parse-ann.ts';
import { asBratReadsIt, formatPieces, joinAtLineBreaks, piecesText, type Piece } from './standoff.ts';
import { metaFrom } from '../build.ts';
import { errorAt } from '../read-error.ts';
import { type MainText, say } from '../../text/messages/say.ts';
import { LOSS_KIND, lost } from '../losses.ts';

const baseName = (path: string): string => path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);

/** The document id a `.txt` file stands for: the id we wrote it for, or else its name. */
export function documentIdOf(txtPath: string): string {
  const name = baseName(txtPath).replace(/\.txt$/, '');
  return fileNameToId(name) ?? name;
}

/** The T line's fragments in order, checked as brat checks them. */
function checkedPieces(line: TextBoundLine, chars: readonly string[]): Piece[] {
  const pieces = [...line.pieces].sort((a, b) => a[0] - b[0]);
  pieces.forEach(([s, e], i) => {
    if (s >= e)
      throw new AnnSyntaxError(
        line.where,
        say('readers.brat.startNotBeforeEnd', { id: line.id, start: s, end: e }),
      );
    if (e > chars.length)
      throw new AnnSyntaxError(
        line.where,
        say('readers.brat.pastEnd', { id: line.id, end: e, length: chars.length }),
      );
    const before = pieces[i - 1];
    if (before && s < before[1])
      throw new AnnSyntaxError(line.where, say('readers.brat.overlap', { id: line.id }));
  });
  const expected = piecesText(chars, line.pieces);
  // brat takes the text from the .txt when the line has none, and ignores what follows it.
  if (
    line.text.trim() !== '' &&
    !(line.text.startsWith(expected) && line.text.slice(expected.length).trim() === '')
  ) {
    throw new AnnSyntaxError(
      line.where,
      say('readers.brat.textMismatch', {
        id: line.id,
        given: JSON.stringify(line.text),
        at: formatPieces(line.pieces),
        covered: JSON.stringify(expected),
      }),
    );
  }
  return pieces;
}

function toSpan(line: TextBoundLine, chars: readonly string[]): RecordSpan {
  const pieces = joinAtLineBreaks(chars, checkedPieces(line, chars));
  const slice = (s: number, e: number): string => chars.slice(s, e).join('');
  const start = pieces[0]?.[0] ?? 0;
  const end = pieces.at(-1)?.[1] ?? 0;
  return {
    id: line.id,
    start,
    end,
    label: line.type,
    text: slice(start, end),
    annotator: null,
    attributes: {},
    fragments: pieces.length > 1 ? pieces.map(([s, e]) => ({ start: s, end: e, text: slice(s, e) })) : [],
    origin: null,
    note: null,
    flag: null,
  };
}

export class BratReader implements FormatReader {
  private readonly scheme: SchemeForFormats | null;

  /** With the scheme, attribute values get its types (a number attribute's "3" is 3). */
  constructor(scheme: SchemeForFormats | null = null) {
    this.scheme = scheme;
  }

  *read(files: readonly InputFile[]): Iterable<ReadResult> {
    const txt = files.find((f) => f.path.endsWith('.txt'));
    const ann = files.find((f) => f.path.endsWith('.ann'));
    if (!txt) {
      yield errorAt(ann?.path ?? '', say('readers.brat.noTxt'));
      return;
    }
    const { lines, errors } = ann ? parseAnn(ann.text, ann.path) : { lines: [], errors: [] };
    const id = documentIdOf(txt.path);
    const losses: Loss[] = [];
    // The text brat's offsets count (standoff.ts).
    const text = asBratReadsIt(txt.text);
    const chars = [...text];
    const spans = new Map<string, RecordSpan>();
    const seen = new Map<string, string>();
    for (const line of lines) {
      if (line.kind !== 'T') continue;
      try {
        const span = toSpan(line, chars);
        const key = `${span.label}\u0000${span.start}\u0000${span.end}\u0000${formatPieces(span.fragments.map((f) => [f.start, f.end]))}`;
        const twin = seen.get(key);
        if (twin === undefined) {
          seen.set(key, span.id);
          spans.set(span.id, span);
        } else losses.push(lost(id, span.id, LOSS_KIND.duplicate, say('losses.bratIn.duplicate', { twin })));
      } catch (e) {
        if (!(e instanceof AnnSyntaxError)) throw e;
        errors.push(e);
      }
    }
    if (errors.length > 0) {
      for (const e of errors) yield errorAt(e.where, e.text);
      return;
    }
    const relations = this.annotate(lines, spans, id, losses);
    const ordered = [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    const place = new Map(ordered.map((s, i) => [s.id, i]));
    const at = (spanId: string): number => place.get(spanId) ?? 0;
    relations.sort(
      (a, b) =>
        at(a.head) - at(b.head) ||
        at(a.child) - at(b.child) ||
        (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    );
    const record: CorpusRecord = {
      id,
      text,
      meta: metaFrom(null, text),
      spans: ordered,
      relations,
    };
    yield { kind: 'record', record, losses };
  }

  /** Puts relations, attributes and notes on the spans; what has no span to go on is a Loss. */
  private annotate(
    lines: readonly AnnLine[],
    spans: Map<string, RecordSpan>,
    document: string,
    losses: Loss[],
  ): RecordRelation[] {
    const relations: RecordRelation[] = [];
    const relationKeys = new Set<string>();
    const loss = (item: string, kind: string, text: MainText): void => {
      losses.push(lost(document, item, kind, text));
    };
    const attributeValues = new Map<RecordSpan, Map<string, AttributeValue>>();
    for (const line of lines) {
      const where = line.where;
      if (line.kind === 'unread') {
        const what = say(`losses.kind.${line.what}`);
        loss(line.id, LOSS_KIND[line.what], say('losses.bratIn.unread', { where, what, id: line.id }));
      } else if (line.kind === 'R') {
        const key = `${line.head}\u0000${line.child}\u0000${line.type}`;
        const missing = [line.head, line.child].find((s) => !spans.has(s));
        if (missing !== undefined)
          loss(
            line.id,
            LOSS_KIND.relation,
            say('losses.bratIn.relationNoSpan', { where, id: line.id, missing }),
          );
        else if (line.head === line.child)
          loss(
            line.id,
            LOSS_KIND.relation,
            say('losses.bratIn.relationSelf', { where, id: line.id, head: line.head }),
          );
        else if (relationKeys.has(key))
          loss(line.id, LOSS_KIND.relation, say('losses.bratIn.relationRepeat', { where, id: line.id }));
        else {
          relationKeys.add(key);
          relations.push({ head: line.head, child: line.child, label: line.type });
        }
      } else if (line.kind === 'A') {
        const span = spans.get(line.target);
        if (!span) {
          loss(
            line.id,
            LOSS_KIND.attribute,
            say('losses.bratIn.attributeNoSpan', { where, id: line.id, target: line.target }),
          );
          continue;
        }
        const values = attributeValues.get(span) ?? new Map<string, AttributeValue>();
        if (values.has(line.name))
          loss(
            line.id,
            LOSS_KIND.attribute,
            say('losses.bratIn.attributeTwice', { where, name: line.name, span: span.id }),
          );
        values.set(line.name, this.attributeValue(span.label, line.name, line.value));
        attributeValues.set(span, values);
      } else if (line.kind === '#') {
        const span = spans.get(line.target);
        if (line.type !== 'AnnotatorNotes' || !span) {
          const { type, target } = line;
          loss(line.id, LOSS_KIND.note, say('losses.bratIn.note', { where, type, id: line.id, target }));
          continue;
        }
        if (span.note !== null)
          loss(line.id, LOSS_KIND.note, say('losses.bratIn.secondNote', { where, span: span.id }));
        span.note = span.note === null ? line.text : `${span.note} ${line.text}`;
      }
    }
    for (const [span, values] of attributeValues) {
      const names = [...values.keys()].sort();
      for (const name of names) {
        // defineProperty: a "__proto__" attribute must stay a key.
        Object.defineProperty(span.attributes, name, {
          value: values.get(name),
          enumerable: true,
          writable: true,
        });
      }
    }
    return relations;
  }

  /** A binary attribute is true; a value takes the scheme's type, or is a number when it reads as one. */
  private attributeValue(label: string, name: string, value: string | null): AttributeValue {
    if (value === null) return true;
    const labels = this.scheme?.labels ?? [];
    const own = labels.find((l) => l.name === label)?.attributes.find((a) => a.name === name);
    const type = own?.type ?? labels.flatMap((l) => l.attributes).find((a) => a.name === name)?.type;
    const number = Number(value);
    const isNumber =
      type === 'number' ? Number.isFinite(number) : type === undefined && String(number) === value;
    return isNumber ? number : value;
  }
}
