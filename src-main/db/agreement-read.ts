/**
 * Reads what the agreement measures need (src-main/agreement/), streaming:
 * four queries, each ordered by document, merged as they go, so a corpus of
 * any size is read in one pass and never one query per document.
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

/** Every layer in the database, annotators' and gold, sorted by name. */
export function listLayers(db: Db): string[] {
  const rows = db
    .prepare(
      `SELECT layer FROM document_layers
       UNION SELECT annotator FROM annotations WHERE annotator IS NOT NULL
       ORDER BY 1`,
    )
    .pluck()
    .all() as string[];
  return rows;
}

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

interface SpanRow {
  document_id: number;
  id: number;
  annotator: string;
  label: string;
  start: number;
  end: number;
  fragments: string | null;
  attributes: string;
}
interface RelationRow {
  document_id: number;
  annotator: string;
  role: string;
  head_id: number;
  child_id: number;
}
interface StatusRow {
  document_id: number;
  layer: string;
  status: string;
}
interface TextRow {
  id: number;
  text: string;
}

/** An ordered row iterator with a look at the next row. */
class Cursor<T extends { document_id: number }> {
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
    while (this.next !== undefined && this.next.document_id <= documentId) {
      if (this.next.document_id === documentId) out.push(this.next);
      this.advance();
    }
    return out;
  }
}

const NO_ATTRIBUTES: Readonly<Record<string, unknown>> = Object.freeze({});

const toSpan = (r: SpanRow): AgreementSpan => ({
  id: r.id,
  label: r.label,
  start: r.start,
  end: r.end,
  fragments: r.fragments === null ? null : (JSON.parse(r.fragments) as [number, number][]),
  attributes: r.attributes === '{}' ? NO_ATTRIBUTES : (JSON.parse(r.attributes) as Record<string, unknown>),
});

/** The documents at least one of `annotators` annotated, in id order, with those layers. */
export function* readAgreementDocuments(db: Db, annotators: readonly string[]): Generator<AgreementDocument> {
  const names = JSON.stringify(annotators);
  const chosen = `(SELECT value FROM json_each(?))`;
  const texts = db
    .prepare(
      `SELECT id AS document_id, id, text FROM documents
       WHERE id IN (SELECT document_id FROM document_layers WHERE layer IN ${chosen} AND status <> 'todo'
                    UNION SELECT document_id FROM annotations WHERE annotator IN ${chosen})
       ORDER BY id`,
    )
    .iterate(names, names) as Iterable<TextRow & { document_id: number }>;
  const statuses = new Cursor(
    db
      .prepare(
        `SELECT document_id, layer, status FROM document_layers WHERE layer IN ${chosen} ORDER BY document_id`,
      )
      .iterate(names) as Iterable<StatusRow>,
  );
  const spans = new Cursor(
    db
      .prepare(
        `SELECT a.document_id, a.id, a.annotator, l.name AS label, a.start, a."end" AS "end", a.fragments, a.attributes
         FROM annotations a JOIN labels l ON l.id = a.label_id
         WHERE a.annotator IN ${chosen} ORDER BY a.document_id`,
      )
      .iterate(names) as Iterable<SpanRow>,
  );
  const relations = new Cursor(
    db
      .prepare(
        `SELECT r.document_id, a.annotator, ro.name AS role, r.head_id, r.child_id
         FROM relations r JOIN annotations a ON a.id = r.head_id JOIN roles ro ON ro.id = r.role_id
         WHERE a.annotator IN ${chosen} ORDER BY r.document_id`,
      )
      .iterate(names) as Iterable<RelationRow>,
  );
  for (const doc of texts) {
    const status = new Map(statuses.take(doc.id).map((r) => [r.layer, r.status]));
    const layers = new Map<string, { spans: AgreementSpan[]; relations: AgreementRelation[] }>();
    const layerOf = (name: string) => {
      let layer = layers.get(name);
      if (!layer) {
        layer = { spans: [], relations: [] };
        layers.set(name, layer);
      }
      return layer;
    };
    for (const [name, s] of status) if (s !== 'todo') layerOf(name);
    for (const r of spans.take(doc.id)) {
      const s = status.get(r.annotator);
      if (s === 'todo') continue;
      layerOf(r.annotator).spans.push(toSpan(r));
    }
    for (const r of relations.take(doc.id)) {
      const layer = layers.get(r.annotator);
      if (layer) layer.relations.push({ role: r.role, headId: r.head_id, childId: r.child_id });
    }
    yield { id: doc.id, text: doc.text, layers: layers as ReadonlyMap<string, LayerOnDocument> };
  }
}
