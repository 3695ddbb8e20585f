/**
 * Label Studio's JSON task export: one array of tasks, each with
 * `data.text` and one annotation whose `result` holds a `labels` region per
 * span (`value.start`, `value.end`, `value.text`, `value.labels`) and a
 * `relation` item per relation (`from_id`, `to_id`, `labels`). Offsets are
 * code points: Label Studio's text regions count them since its frontend
 * stopped counting UTF-16 units (label-studio-frontend#308, after
 * label-studio#1008 and #1347), so they need no conversion.
 *
 * Where the rest goes: attributes as per-region `choices` (text, and
 * true/false) or `number` items sharing the region's id, `from_name` the
 * attribute's name; note, annotator, flag and the suggestion rule in the
 * region's `meta` (`meta.text` is Label Studio's region note); origin as the
 * region's `origin` (manual, prediction for a suggestion, prediction-changed
 * for an accepted one); our document id as `data.id`, our meta as the
 * task's `meta`. Lost, reported: a fragmented span's gaps (it is written as
 * its extent; Label Studio's text regions are contiguous).
 */
import { metaForWriting } from '../build.ts';
import type { AttributeValue } from '../../db/model.ts';
import type { CorpusRecord, FormatWriter, Loss, RecordSpan } from '../types.ts';

/** The control and object tag names a matching labeling config uses. */
export const FROM_NAME = 'label';
export const TO_NAME = 'text';

export const ORIGIN_TO_LS = {
  manual: 'manual',
  suggestion: 'prediction',
  accepted: 'prediction-changed',
} as const;

function attributeItem(span: RecordSpan, name: string, value: AttributeValue): Record<string, unknown> {
  const where = { start: span.start, end: span.end, text: span.text };
  const base = { id: span.id, from_name: name, to_name: TO_NAME };
  if (typeof value === 'number') return { ...base, type: 'number', value: { ...where, number: value } };
  return { ...base, type: 'choices', value: { ...where, choices: [String(value)] } };
}

function regionMeta(span: RecordSpan): Record<string, unknown> | undefined {
  const meta: Record<string, unknown> = {};
  if (span.note !== null) meta.text = [span.note];
  if (span.annotator !== null) meta.annotator = span.annotator;
  if (span.flag !== null) meta.flag = span.flag;
  if (span.origin?.rule) meta.rule = span.origin.rule;
  return Object.keys(meta).length ? meta : undefined;
}

function region(span: RecordSpan): Record<string, unknown> {
  return {
    id: span.id,
    from_name: FROM_NAME,
    to_name: TO_NAME,
    type: 'labels',
    value: { start: span.start, end: span.end, text: span.text, labels: [span.label] },
    ...(span.origin ? { origin: ORIGIN_TO_LS[span.origin.kind] } : {}),
    ...(regionMeta(span) ? { meta: regionMeta(span) } : {}),
  };
}

export function task(record: CorpusRecord): { task: Record<string, unknown>; losses: Loss[] } {
  const losses: Loss[] = [];
  const result: Record<string, unknown>[] = [];
  for (const span of record.spans) {
    if (span.fragments.length)
      losses.push({
        document: record.id,
        item: span.id,
        kind: 'fragments',
        message: `${span.fragments.length} fragments written as one region ${span.start}-${span.end}`,
      });
    result.push(region(span));
    for (const [name, value] of Object.entries(span.attributes))
      result.push(attributeItem(span, name, value));
  }
  for (const r of record.relations)
    result.push({ from_id: r.head, to_id: r.child, type: 'relation', direction: 'right', labels: [r.label] });
  return {
    task: {
      data: { text: record.text, id: record.id },
      meta: metaForWriting(record.meta),
      annotations: [{ result }],
    },
    losses,
  };
}

/** Between two tasks of the array: each task starts on a line of its own. */
const BETWEEN_TASKS = ',';

export function labelStudioWriter(): FormatWriter {
  let first = true;
  return {
    begin() {
      return [{ path: '', text: '[' }];
    },
    record(record) {
      const { task: item, losses } = task(record);
      const text = `${first ? '' : BETWEEN_TASKS}\n${JSON.stringify(item)}`;
      first = false;
      return { outputs: [{ path: '', text }], losses };
    },
    between: BETWEEN_TASKS,
    end() {
      return [{ path: '', text: '\n]\n' }];
    },
  };
}
