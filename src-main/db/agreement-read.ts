/**
 * Reads what the agreement measures need (src-main/agreement/), streaming:
 * three queries, each ordered by document, merged as they go, so a corpus
 * of any size is read in one pass.
 *
 * A layer counts as having annotated a document when its document_layers
 * status there is in_progress or done. A layer with spans on a document but
 * no document_layers row (spans written by a path that records no status)
 * counts too: leaving its spans out would drop work without a word. A row
 * saying `todo` leaves the layer out of that document, spans or not.
 */
import type {
  AgreementDocument,
  AgreementRelation,
  AgreementSpan,
  LayerOnDocument,
} from '../agreement/types.ts';
import { GOLD_LAYER } from './annotator-name.ts';
import type { Db } from './connection.ts';

/** The annotators agreement is measured between when none are named: every layer but gold. */
export const defaultAnnotators = (layers: readonly string[]): string[] =>
  layers.filter((l) => l !== GOLD_LAYER);

/** The labels the chosen layers use, in the scheme's order. */
export function usedLabels(db: Db, annotators: readonly string[]): string[] {
  if (annotators.length === 0) return [];
  return db
    .prepare(
      `SELECT l.name FROM labels l
       WHERE EXISTS (SELECT 1 FROM annotations a WHERE a.label_id = l.id AND a.annotator IN (SELECT value FROM json_each(?)))
       ORDER BY l.position, l.name`,
    )
    .pluck()
    .all(JSON.stringify(annotators)) as string[];
}

export const schemeLabels = (db: Db): string[] =>
  db.prepare('SELECT name FROM labels ORDER BY position, name').pluck().all() as string[];

/**
 * One document's spans of the chosen layers, packed by SQLite into one row:
 * `spans` a JSON array of five numbers a span (the layer's place among the
 * chosen, label id, start, end, id), `extras` the fragments and attributes
 * of the few spans that have any. A million spans then cross into
 * JavaScript as one row and one JSON.parse per document, not a row each.
 */
type PackedRow = [documentId: number, spans: string, extras: string];
type Extra = [id: number, fragments: [number, number][] | null, attributes: Record<string, unknown> | null];
const SPAN_FIELDS = 5;
type RelationRow = [documentId: number, annotator: string, role: string, headId: number, childId: number];
type StatusRow = [documentId: number, layer: string, status: string];

/** An ordered row iterator with a look at the next row. */
class Cursor<T extends readonly [number, ...unknown[]]> {
  private readonly rows: Iterator<T>;
  next: T | undefined;
  constructor(rows: Iterable<T>) {
    this.rows = rows[Symbol.iterator]();
    this.advance();
  }
  private advance(): void {
    const r = this.rows.next();
    this.next = r.done ? undefined : r.value;
  }
  /** Every row of `documentId` (rows of earlier documents are passed over). */
  take(documentId: number): T[] {
    const out: T[] = [];
    while (this.next !== undefined && this.next[0] <= documentId) {
      if (this.next[0] === documentId) out.push(this.next);
      this.advance();
    }
    return out;
  }
}

const NO_ATTRIBUTES: Readonly<Record<string, unknown>> = Object.freeze({});
const NO_EXTRAS: ReadonlyMap<number, Extra> = new Map();

/** The packed spans query for `count` chosen layers: their names bound first (for the place), then as JSON. */
const packedSpansSql = (count: number): string => {
  const place = `CASE annotator ${Array.from({ length: count }, (_, i) => `WHEN ? THEN ${i}`).join(' ')} END`;
  return `SELECT document_id,
            '[' || group_concat(${place} || ',' || label_id || ',' || start || ',' || "end" || ',' || id) || ']',
            json_group_array(json_array(id, json(fragments), json(nullif(attributes, '{}'))))
              FILTER (WHERE fragments IS NOT NULL OR attributes <> '{}')
          FROM annotations WHERE annotator IN (SELECT value FROM json_each(?))
          GROUP BY document_id ORDER BY document_id`;
};

/**
 * The documents two or more of `annotators` annotated, in id order, with
 * those layers. Statuses, spans and relations are each one query ordered by
 * document, merged as they stream; a document's text is looked up by its
 * key only once two layers meet on it (the only documents measured).
 */
export function* readAgreementDocuments(db: Db, annotators: readonly string[]): Generator<AgreementDocument> {
  const names = JSON.stringify(annotators);
  const chosen = `(SELECT value FROM json_each(?))`;
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  const statuses = new Cursor(
    db
      .prepare(
        `SELECT document_id, layer, status FROM document_layers WHERE layer IN ${chosen} ORDER BY document_id`,
      )
      .raw()
      .iterate(names) as Iterable<StatusRow>,
  );
  const spans = new Cursor(
    db
      .prepare(packedSpansSql(annotators.length))
      .raw()
      .iterate(...annotators, names) as Iterable<PackedRow>,
  );
  const relations = new Cursor(
    db
      .prepare(
        `SELECT r.document_id, a.annotator, ro.name AS role, r.head_id, r.child_id
         FROM relations r JOIN annotations a ON a.id = r.head_id JOIN roles ro ON ro.id = r.role_id
         WHERE a.annotator IN ${chosen} ORDER BY r.document_id`,
      )
      .raw()
      .iterate(names) as Iterable<RelationRow>,
  );
  const labelNames = new Map(
    (db.prepare('SELECT id, name FROM labels').all() as { id: number; name: string }[]).map((l) => [
      l.id,
      l.name,
    ]),
  );
  for (;;) {
    const nextStatus = statuses.next?.[0] ?? Infinity;
    const nextSpan = spans.next?.[0] ?? Infinity;
    const documentId = Math.min(nextStatus, nextSpan);
    if (documentId === Infinity) return;
    const status = new Map(statuses.take(documentId).map(([, layer, s]) => [layer, s]));
    // Per chosen layer, in the order of `annotators`: its spans, or undefined when it did not annotate.
    const byPlace: ({ spans: AgreementSpan[]; relations: AgreementRelation[] } | undefined)[] =
      annotators.map((name) => {
        const s = status.get(name);
        return s !== undefined && s !== 'todo' ? { spans: [], relations: [] } : undefined;
      });
    const todo = annotators.map((name) => status.get(name) === 'todo');
    const packed = spans.take(documentId)[0];
    if (packed) {
      const numbers = JSON.parse(packed[1]) as number[];
      const extras =
        packed[2] === '[]' ? NO_EXTRAS : new Map((JSON.parse(packed[2]) as Extra[]).map((e) => [e[0], e]));
      for (let k = 0; k < numbers.length; k += SPAN_FIELDS) {
        const place = numbers[k] ?? 0;
        if (todo[place]) continue;
        let layer = byPlace[place];
        if (!layer) byPlace[place] = layer = { spans: [], relations: [] };
        const id = numbers[k + 4] ?? 0;
        const extra = extras.size ? extras.get(id) : undefined;
        layer.spans.push({
          id,
          label: labelNames.get(numbers[k + 1] ?? 0) ?? '',
          start: numbers[k + 2] ?? 0,
          end: numbers[k + 3] ?? 0,
          fragments: extra?.[1] ?? null,
          attributes: extra?.[2] ?? NO_ATTRIBUTES,
        });
      }
    }
    const related = relations.take(documentId);
    const layers = new Map<string, { spans: AgreementSpan[]; relations: AgreementRelation[] }>();
    byPlace.forEach((layer, place) => {
      if (layer) layers.set(annotators[place] ?? '', layer);
    });
    if (layers.size < 2) continue;
    for (const [, annotator, role, headId, childId] of related)
      layers.get(annotator)?.relations.push({ role, headId, childId });
    const text = textOf.get(documentId) as string;
    yield { id: documentId, text, layers: layers as ReadonlyMap<string, LayerOnDocument> };
  }
}

/** The external id and list title of each of `ids`, in one query. */
export function documentTitles(
  db: Db,
  ids: readonly number[],
): Map<number, { externalId: string; title: string }> {
  const rows = db
    .prepare(
      `SELECT id, external_id AS externalId, list_title AS title FROM documents
       WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { id: number; externalId: string; title: string }[];
  return new Map(rows.map((r) => [r.id, { externalId: r.externalId, title: r.title }]));
}
