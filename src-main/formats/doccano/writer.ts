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

const line = (value: unknown): string => `${JSON.stringify(value)}\n`;

/** What doccano cannot hold of one span, one loss per kind. */
export function spanLosses(document: string, span: RecordSpan, tool: string): Loss[] {
  const losses: Loss[] = [];
  const lose = (kind: string, what: string) =>
    losses.push({ document, item: span.id, kind, message: `${what}: ${tool} has no place for it` });
  for (const [name, value] of Object.entries(span.attributes))
    lose('attribute', `attribute ${name}=${String(value)}`);
  if (span.fragments.length)
    losses.push({
      document,
      item: span.id,
      kind: 'fragments',
      message: `${span.fragments.length} fragments written as one span ${span.start}-${span.end}`,
    });
  if (span.annotator !== null) lose('annotator', `annotator ${span.annotator}`);
  if (span.origin !== null) lose('origin', `origin ${span.origin.kind}`);
  if (span.note !== null) lose('note', 'note');
  if (span.flag !== null) lose('flag', `flag ${span.flag}`);
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
          losses.push({
            document: record.id,
            item: `${r.head}→${r.child}`,
            kind: 'relation',
            message: `relation ${r.label}: the scheme has no roles, so the file uses doccano's label layout`,
          });
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
