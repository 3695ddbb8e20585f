/**
 * brat standoff out: per document `NAME.txt` (the text as it is) and
 * `NAME.ann` (T lines for spans, R for relations, A for attributes,
 * `#` AnnotatorNotes for notes), and `annotation.conf` from the scheme at
 * the end. NAME is idToFileName(id). What brat cannot hold is a Loss.
 */
import type { AttributeValue } from '../../db/model.ts';
import { fileNameToId, idToFileName } from '../../text/file-name.ts';
import type { CorpusRecord, FormatWriter, Loss, Output, SchemeForFormats, ValuesSeenList } from '../types.ts';
import { annotationConf, type ValuesSeen } from './conf.ts';
import { formatPieces, isLineBreak, isToken, piecesText } from './standoff.ts';
import { planSpans, type SpanPlan } from './write-spans.ts';
import { withBratText } from './write-text.ts';

/** The document's own fields brat has no place for. */
function documentLosses(record: CorpusRecord, name: string): Loss[] {
  const losses: Loss[] = [];
  const loss = (kind: string, message: string): void => {
    losses.push({ document: record.id, item: null, kind, message });
  };
  if (fileNameToId(name) !== record.id)
    loss(
      'document id',
      `the id is too long for a file name: written as ${name}, which reads back as that name`,
    );
  const { meta } = record;
  for (const field of ['date', 'source', 'title'] as const) {
    const value = meta[field];
    if (value !== null) loss('meta', `meta.${field} "${value}" is not written: brat keeps only the text`);
  }
  for (const field of ['note', 'flag'] as const) {
    const value = meta[field];
    if (value !== null)
      loss(
        'meta',
        `the document's ${field} "${value}" is not written: brat has no place for a document ${field}`,
      );
  }
  if (meta.status !== 'todo')
    loss('meta', `meta.status "${meta.status}" is not written: a brat document reads back as todo`);
  const extra = Object.keys(meta.extra);
  if (extra.length > 0)
    loss('meta', `meta.extra (${extra.join(', ')}) is not written: brat keeps only the text`);
  return losses;
}

/** An attribute's value as an A line's tail: nothing for true (a binary attribute), or one word. */
function attributeTail(value: AttributeValue): string | null {
  if (value === true) return '';
  if (value === false) return null;
  const word = String(value);
  return isToken(word) ? ` ${word}` : null;
}

const oneLine = (text: string): string => [...text].map((c) => (isLineBreak(c) ? ' ' : c)).join('');

export class BratWriter implements FormatWriter {
  private readonly seen: ValuesSeen = new Map();

  begin(): Output[] {
    return [];
  }

  record(original: CorpusRecord): { outputs: Output[]; losses: Loss[] } {
    const { record, losses: textLosses } = withBratText(original);
    const chars = [...record.text];
    const name = idToFileName(record.id);
    const plan = planSpans(record, chars);
    const losses = [...documentLosses(record, name), ...textLosses, ...plan.losses];
    const lines = plan.written.map(
      ({ tid, span, pieces }) =>
        `${tid}\t${span.label} ${formatPieces(pieces)}\t${piecesText(chars, pieces)}`,
    );
    lines.push(...this.relationLines(record, plan, losses));
    lines.push(...this.attributeLines(record, plan, losses));
    lines.push(...noteLines(record, plan, losses));
    const ann = lines.map((l) => `${l}\n`).join('');
    return {
      outputs: [
        { path: `${name}.txt`, text: record.text },
        { path: `${name}.ann`, text: ann },
      ],
      losses,
    };
  }

  valuesSeen(): ValuesSeenList {
    return [...this.seen].map(([name, values]) => [name, [...values]]);
  }

  addValuesSeen(seen: ValuesSeenList): void {
    for (const [name, values] of seen) {
      const known = this.seen.get(name) ?? new Set<string>();
      for (const v of values) known.add(v);
      this.seen.set(name, known);
    }
  }

  end(scheme: SchemeForFormats): Output[] {
    return [{ path: 'annotation.conf', text: annotationConf(scheme, this.seen) }];
  }

  private relationLines(record: CorpusRecord, plan: SpanPlan, losses: Loss[]): string[] {
    const lines: string[] = [];
    for (const r of record.relations) {
      const head = plan.tidOf.get(r.head);
      const child = plan.tidOf.get(r.child);
      const lost = head === undefined ? r.head : child === undefined ? r.child : null;
      const why =
        lost !== null
          ? `its span ${lost} is not written`
          : isToken(r.label)
            ? null
            : 'its role is not one word, which a brat type must be';
      if (why !== null || head === undefined || child === undefined) {
        const message = `relation ${r.label} ${r.head} → ${r.child} is not written: ${why ?? ''}`;
        losses.push({ document: record.id, item: r.head, kind: 'relation', message });
        continue;
      }
      lines.push(`R${lines.length + 1}\t${r.label} Arg1:${head} Arg2:${child}`);
    }
    return lines;
  }

  private attributeLines(record: CorpusRecord, plan: SpanPlan, losses: Loss[]): string[] {
    const lines: string[] = [];
    for (const { span, tid } of plan.written) {
      for (const [attribute, value] of Object.entries(span.attributes)) {
        const tail = isToken(attribute) ? attributeTail(value) : null;
        if (tail === null) {
          const why =
            value === false
              ? 'brat has no false: an unset binary attribute is false'
              : 'a brat attribute and its value are one word each';
          const message = `attribute ${attribute} = ${JSON.stringify(value)} is not written: ${why}`;
          losses.push({ document: record.id, item: span.id, kind: 'attribute', message });
          continue;
        }
        lines.push(`A${lines.length + 1}\t${attribute} ${tid}${tail}`);
        const values = this.seen.get(attribute) ?? new Set<string>();
        if (tail !== '') values.add(tail.slice(1));
        this.seen.set(attribute, values);
      }
    }
    return lines;
  }
}

function noteLines(record: CorpusRecord, plan: SpanPlan, losses: Loss[]): string[] {
  const lines: string[] = [];
  for (const { span, tid } of plan.written) {
    if (span.note === null) continue;
    const note = oneLine(span.note);
    if (note !== span.note) {
      const message = 'the line breaks in its note are written as spaces: a brat note is one line';
      losses.push({ document: record.id, item: span.id, kind: 'note', message });
    }
    lines.push(`#${lines.length + 1}\tAnnotatorNotes ${tid}\t${note}`);
  }
  return lines;
}
