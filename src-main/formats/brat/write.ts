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
import { codePointsOf, formatPieces, isLineBreak, isToken, piecesText } from './standoff.ts';
import { planSpans, type SpanPlan } from './write-spans.ts';
import { withBratText } from './write-text.ts';
import { LOSS_KIND, lost } from '../losses.ts';
import { type MainText, say } from '../../text/messages/say.ts';

/** The document's own fields brat has no place for. */
function documentLosses(record: CorpusRecord, name: string): Loss[] {
  const losses: Loss[] = [];
  const loss = (kind: string, text: MainText): void => {
    losses.push(lost(record.id, null, kind, text));
  };
  if (fileNameToId(name) !== record.id) loss(LOSS_KIND.documentId, say('losses.brat.longId', { name }));
  const { meta } = record;
  for (const field of ['date', 'source', 'title'] as const) {
    const value = meta[field];
    if (value !== null) loss(LOSS_KIND.meta, say('losses.brat.metaField', { field, value }));
  }
  if (meta.note !== null) loss(LOSS_KIND.meta, say('losses.brat.documentNote', { value: meta.note }));
  if (meta.flag !== null) loss(LOSS_KIND.meta, say('losses.brat.documentFlag', { value: meta.flag }));
  if (meta.status !== 'todo') loss(LOSS_KIND.meta, say('losses.brat.status', { status: meta.status }));
  const extra = Object.keys(meta.extra);
  if (extra.length > 0) loss(LOSS_KIND.meta, say('losses.brat.extra', { keys: extra.join(', ') }));
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
    const chars = codePointsOf(record.text);
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
      const missing = head === undefined ? r.head : child === undefined ? r.child : null;
      const params = { role: r.label, head: r.head, child: r.child };
      const why =
        missing !== null
          ? say('losses.brat.relationSpan', { ...params, span: missing })
          : isToken(r.label)
            ? null
            : say('losses.brat.relationRole', params);
      if (why !== null || head === undefined || child === undefined) {
        if (why !== null) losses.push(lost(record.id, r.head, LOSS_KIND.relation, why));
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
          const params = { name: attribute, value: JSON.stringify(value) };
          const text =
            value === false
              ? say('losses.brat.attributeFalse', params)
              : say('losses.brat.attributeWords', params);
          losses.push(lost(record.id, span.id, LOSS_KIND.attribute, text));
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
      losses.push(lost(record.id, span.id, LOSS_KIND.note, say('losses.brat.noteLines')));
    }
    lines.push(`#${lines.length + 1}\tAnnotatorNotes ${tid}\t${note}`);
  }
  return lines;
}
