/**
 * Reads Label Studio's JSON export (writer.ts has the mapping): an array of
 * tasks, or one task. Text regions (`labels`) become spans, per-region
 * `choices`/`number`/`textarea`/`rating` items their attributes, `relation`
 * items relations; a classification of the whole task is kept in
 * meta.extra under its `from_name`. What has no place (other result types,
 * predictions, cancelled annotations) is reported as a loss.
 *
 * Offsets are code points; a region whose `value.text` matches only when its
 * offsets are read as UTF-16 units (exports from before Label Studio counted
 * code points) is converted, and one that matches neither is an error.
 */
import { errorMessage } from '../../text/error-message.ts';
import { jsonFileErrorText } from '../../corpus/json-error.ts';
import { type MainText, say } from '../../text/messages/say.ts';
import { errorAt, ReadError } from '../read-error.ts';
import { LOSS_KIND, lost } from '../losses.ts';
import { isPlainObject } from '../../corpus/record-common.ts';
import { OffsetMap } from '../../text/offsets.ts';
import { codePointSlicer, idFrom, metaFrom } from '../build.ts';
import type { AttributeValue } from '../../db/model.ts';
import type {
  CorpusRecord,
  FormatReader,
  InputFile,
  Loss,
  ReadResult,
  RecordRelation,
  RecordSpan,
} from '../types.ts';
import { ORIGIN_TO_LS } from './writer.ts';

class TaskError extends ReadError {}

type Item = Record<string, unknown>;

const ORIGIN_FROM_LS = new Map<unknown, 'manual' | 'suggestion' | 'accepted'>(
  Object.entries(ORIGIN_TO_LS).map(([ours, theirs]) => [
    theirs,
    ours as 'manual' | 'suggestion' | 'accepted',
  ]),
);

/** A region's offsets as code points, checked against its `value.text`. */
function offsetsOf(
  value: Item,
  text: string,
  slice: ReturnType<typeof codePointSlicer>,
  map: () => OffsetMap,
) {
  const { start, end } = value;
  const covered = slice(start, end);
  if (covered !== null && (value.text === undefined || value.text === covered))
    return { start: start as number, end: end as number, text: covered };
  if (typeof start === 'number' && typeof end === 'number' && text.slice(start, end) === value.text) {
    const from = map().toCodePoint(start);
    const to = map().toCodePoint(end);
    if (from !== undefined && to !== undefined) return { start: from, end: to, text: value.text };
  }
  return null;
}

function annotatorOf(annotation: Item): string | null {
  const by = annotation.completed_by;
  if (isPlainObject(by)) return idFrom(by.email) ?? idFrom(by.id);
  return idFrom(by);
}

function attributeValue(item: Item): AttributeValue | undefined {
  const value = isPlainObject(item.value) ? item.value : {};
  switch (item.type) {
    case 'choices': {
      const [first] = Array.isArray(value.choices) ? (value.choices as unknown[]) : [];
      if (first === 'true' || first === 'false') return first === 'true';
      return typeof first === 'string' ? first : undefined;
    }
    case 'number':
      return typeof value.number === 'number' ? value.number : undefined;
    case 'rating':
      return typeof value.rating === 'number' ? value.rating : undefined;
    case 'textarea': {
      const [first] = Array.isArray(value.text) ? (value.text as unknown[]) : [];
      return typeof first === 'string' ? first : undefined;
    }
    default:
      return undefined;
  }
}

interface TaskParts {
  spans: RecordSpan[];
  relations: RecordRelation[];
  classes: Record<string, unknown>;
  losses: Loss[];
}

function readResults(
  results: Item[],
  annotator: string | null,
  prefix: string,
  text: string,
  parts: TaskParts,
  doc: string,
) {
  const slice = codePointSlicer(text);
  let offsetMap: OffsetMap | null = null;
  const map = () => (offsetMap ??= new OffsetMap(text));
  const byId = new Map<string, RecordSpan>();
  const lose = (item: string | null, kind: string | MainText, text: MainText) =>
    parts.losses.push(lost(doc, item, kind, text));
  for (const [i, item] of results.entries()) {
    if (!isPlainObject(item)) throw new TaskError(say('readers.labelStudio.resultNotObject', { index: i }));
    if (item.type !== 'labels') continue;
    const value = isPlainObject(item.value) ? item.value : {};
    const labels = Array.isArray(value.labels) ? value.labels.filter((l) => typeof l === 'string') : [];
    const place = offsetsOf(value, text, slice, map);
    if (place === null)
      throw new TaskError(
        say('readers.labelStudio.resultOffsets', {
          index: i,
          start: String(value.start),
          end: String(value.end),
        }),
      );
    const id = `${prefix}${idFrom(item.id) ?? `r${i + 1}`}`;
    const meta = isPlainObject(item.meta) ? item.meta : {};
    const note = Array.isArray(meta.text) && typeof meta.text[0] === 'string' ? meta.text[0] : null;
    const kind = ORIGIN_FROM_LS.get(item.origin);
    labels.forEach((label, n) => {
      const span: RecordSpan = {
        id: n === 0 ? id : `${id}#${n + 1}`,
        ...place,
        label,
        annotator: idFrom(meta.annotator) ?? annotator,
        attributes: {},
        fragments: [],
        origin: kind ? { kind, rule: idFrom(meta.rule) } : null,
        note,
        flag: idFrom(meta.flag),
      };
      parts.spans.push(span);
      if (n === 0) byId.set(id, span);
    });
    if (labels.length === 0) lose(id, LOSS_KIND.unlabeledRegion, say('losses.labelStudioIn.unlabeledRegion'));
  }
  for (const item of results) {
    const type = String(item.type);
    if (type === 'labels') continue;
    if (type === 'relation') {
      const labels = Array.isArray(item.labels) ? item.labels : [];
      const [from, to] = item.direction === 'left' ? [item.to_id, item.from_id] : [item.from_id, item.to_id];
      const head = `${prefix}${idFrom(from) ?? ''}`;
      const child = `${prefix}${idFrom(to) ?? ''}`;
      if (typeof labels[0] !== 'string')
        lose(`${head}→${child}`, LOSS_KIND.unlabeledRelation, say('losses.labelStudioIn.unlabeledRelation'));
      else parts.relations.push({ head, child, label: labels[0] });
      continue;
    }
    const value = attributeValue(item);
    const from = idFrom(item.from_name) ?? type;
    const span = byId.get(`${prefix}${idFrom(item.id) ?? ''}`);
    if (value !== undefined && span) span.attributes[from] = value;
    else if (value !== undefined && isPlainObject(item.value) && item.value.start === undefined)
      parts.classes[from] = value;
    else
      lose(
        idFrom(item.id),
        say('losses.kindOf.result', { type }),
        say('losses.labelStudioIn.otherResult', { type }),
      );
  }
}

/** `position` (from 1) names a task without an id in the losses. */
export function recordFromTask(value: unknown, position = 1): { record: CorpusRecord; losses: Loss[] } {
  if (!isPlainObject(value)) throw new TaskError(say('readers.taskNotObject'));
  const data = isPlainObject(value.data) ? value.data : {};
  const { text } = data;
  if (typeof text !== 'string') throw new TaskError(say('readers.labelStudio.textNotString'));
  const id = idFrom(data.id) ?? idFrom(value.id) ?? '';
  const where = id || `task ${position}`;
  const parts: TaskParts = { spans: [], relations: [], classes: {}, losses: [] };
  const annotations = Array.isArray(value.annotations) ? value.annotations.filter(isPlainObject) : [];
  const kept = annotations.filter((a) => a.was_cancelled !== true);
  if (kept.length < annotations.length)
    parts.losses.push(
      lost(where, null, LOSS_KIND.cancelledAnnotation, say('losses.labelStudioIn.cancelled')),
    );
  for (const [n, annotation] of kept.entries()) {
    const results = Array.isArray(annotation.result) ? (annotation.result as Item[]) : [];
    // Region ids repeat across annotations of one task: each annotation's get its own prefix.
    readResults(results, annotatorOf(annotation), kept.length > 1 ? `a${n + 1}-` : '', text, parts, where);
  }
  const predictions = Array.isArray(value.predictions) ? value.predictions.length : 0;
  if (predictions)
    parts.losses.push(
      lost(
        where,
        null,
        LOSS_KIND.prediction,
        say('losses.labelStudioIn.predictions', { count: predictions }),
      ),
    );
  const otherData = Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'text' && k !== 'id'));
  return {
    record: {
      id,
      text,
      meta: metaFrom(value.meta, text, { ...otherData, ...parts.classes }),
      spans: parts.spans,
      relations: parts.relations,
    },
    losses: parts.losses,
  };
}

function* readFile(file: InputFile): Generator<ReadResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.text);
  } catch (e) {
    yield errorAt(
      file.path,
      say('readers.notJson', { message: jsonFileErrorText(file.text, errorMessage(e)) }),
    );
    return;
  }
  const tasks = Array.isArray(parsed) ? parsed : [parsed];
  for (const [i, item] of tasks.entries()) {
    try {
      yield { kind: 'record', ...recordFromTask(item, i + 1), where: file.path };
    } catch (e) {
      if (e instanceof TaskError)
        yield errorAt(file.path, say('readers.atTask', { index: i + 1, reason: e.text }));
      else throw e;
    }
  }
}

export const labelStudioReader: FormatReader = {
  *read(files) {
    for (const file of files) yield* readFile(file);
  },
};
