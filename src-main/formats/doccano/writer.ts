/**
 * doccano's JSONL: one document a line. Without relations in the scheme,
 * sequence labeling's `label: [[start, end, "LABEL"], …]`; with them,
 * relation extraction's `entities` (id, start_offset, end_offset, label) and
 * `relations` (id, from_id, to_id, type). doccano counts offsets in code
 * points (its backend slices Python strings), as we do: no conversion.
 *
 * Kept beside the annotations: our document `id` and `meta` (doccano imports
 * other keys as the document's meta). Lost, each reported: attributes,
 * annotator, origin, note, flag, and a fragmented span's gaps (it is written
 * as its extent, from its first fragment's start to its last one's end).
 */
import { metaForWriting } from '../build.ts';
import type { CorpusRecord, FormatWriter, Loss, RecordSpan, SchemeForFormats } from '../types.ts';
import { LOSS_KIND, lost } from '../losses.ts';
import { type MainText, say } from '../../text/messages/say.ts';

const line = (value: unknown): string => `${JSON.stringify(value)}\n`;

/** What doccano cannot hold of one span, one loss per kind. */
export function spanLosses(document: string, span: RecordSpan, tool: string): Loss[] {
  const losses: Loss[] = [];
  const lose = (kind: string, what: MainText) =>
    losses.push(lost(document, span.id, kind, say('losses.doccano.noPlace', { what, tool })));
  for (const [name, value] of Object.entries(span.attributes))
    lose(LOSS_KIND.attribute, say('losses.doccano.attribute', { name, value: String(value) }));
  if (span.fragments.length) {
    const text = say('losses.doccano.fragments', {
      count: span.fragments.length,
      start: span.start,
      end: span.end,
    });
    losses.push(lost(document, span.id, LOSS_KIND.fragments, text));
  }
  if (span.annotator !== null)
    lose(LOSS_KIND.annotator, say('losses.doccano.annotator', { name: span.annotator }));
  if (span.origin !== null)
    lose(LOSS_KIND.origin, say('losses.doccano.origin', { origin: span.origin.kind }));
  if (span.note !== null) lose(LOSS_KIND.note, say('losses.doccano.note'));
  if (span.flag !== null) lose(LOSS_KIND.flag, say('losses.doccano.flag', { flag: span.flag }));
  return losses;
}

export function doccanoWriter(): FormatWriter {
  let withRelations = false;
  return {
    begin(scheme: SchemeForFormats) {
      // One layout for the whole file: a doccano project is either sequence labeling or relation extraction.
      withRelations = scheme.roles.length > 0;
      return [];
    },
    record(record: CorpusRecord) {
      const losses = record.spans.flatMap((s) => spanLosses(record.id, s, 'doccano'));
      const head = { id: record.id, text: record.text };
      const meta = metaForWriting(record.meta);
      if (!withRelations) {
        for (const r of record.relations)
          losses.push(
            lost(
              record.id,
              `${r.head}→${r.child}`,
              LOSS_KIND.relation,
              say('losses.doccano.relation', { role: r.label }),
            ),
          );
        const label = record.spans.map((s) => [s.start, s.end, s.label]);
        return { outputs: [{ path: '', text: line({ ...head, label, meta }) }], losses };
      }
      const number = new Map(record.spans.map((s, i) => [s.id, i + 1]));
      const entities = record.spans.map((s, i) => ({
        id: i + 1,
        label: s.label,
        start_offset: s.start,
        end_offset: s.end,
      }));
      const relations = record.relations.map((r, i) => ({
        id: i + 1,
        from_id: number.get(r.head),
        to_id: number.get(r.child),
        type: r.label,
      }));
      return { outputs: [{ path: '', text: line({ ...head, entities, relations, meta }) }], losses };
    },
    end() {
      return [];
    },
  };
}
