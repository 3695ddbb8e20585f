/**
 * The curation list of a document: every span and relation of its annotator
 * layers, grouped by identity, with the layers that have it and whether it
 * is in gold or was rejected. A span's identity is its label, start, end and
 * fragments; a relation's its role and the identities of its two ends.
 * Unattributed spans belong to no annotator and are left out.
 */
import type { Db } from './connection.ts';
import { GOLD_LAYER } from './annotator-name.ts';
import { listAnnotationViews } from './annotation-rows.ts';
import { listRelations } from './relation-rows.ts';
import { documentText } from './document-text.ts';
import type { AnnotationView, Attributes, Fragment } from './model.ts';
import { statement } from './statements.ts';

export type CurationState = 'open' | 'accepted' | 'rejected';

interface ItemBase {
  key: string;
  /** The annotator layers that have the item, in name order. */
  layers: string[];
  /** Every annotator layer of the document has it (and there are at least two). */
  agreed: boolean;
  state: CurationState;
  /** The gold annotation or relation, once accepted. */
  goldId: number | null;
}

export interface CurationSpan extends ItemBase {
  kind: 'span';
  labelId: number;
  start: number;
  end: number;
  fragments: Fragment[] | null;
  /** Each layer's attribute values on it, by layer name. */
  attributes: Record<string, Attributes>;
  /** Each layer's annotation id, by layer name. */
  ids: Record<string, number>;
}

export interface CurationRelation extends ItemBase {
  kind: 'relation';
  roleId: number;
  /** The keys of the spans at its ends (event, argument). */
  head: string;
  child: string;
  /** Each layer's relation id, by layer name. */
  ids: Record<string, number>;
}

export type CurationItem = CurationSpan | CurationRelation;

export interface CurationList {
  /** The annotator layers of the document, in name order. */
  layers: string[];
  /** Spans first, in text order, then relations by their event's place. */
  items: CurationItem[];
}

type SpanShape = Pick<AnnotationView, 'labelId' | 'start' | 'end' | 'fragments'>;

export const spanKey = (a: SpanShape): string =>
  `S|${a.labelId}|${a.start}|${a.end}|${a.fragments ? JSON.stringify(a.fragments) : ''}`;
export const relationKey = (roleId: number, head: string, child: string): string =>
  `R|${roleId}|${head}|${child}`;

/** The annotator layers of a document: those with spans in it, or with work on it begun. */
function annotatorLayers(db: Db, documentId: number, annotations: readonly AnnotationView[]): string[] {
  const begun = statement(
    db,
    "SELECT layer FROM document_layers WHERE document_id = ? AND status <> 'todo' AND layer <> ?",
  ).all(documentId, GOLD_LAYER) as { layer: string }[];
  const names = new Set(begun.map((r) => r.layer));
  for (const a of annotations) if (a.annotator !== null && a.annotator !== GOLD_LAYER) names.add(a.annotator);
  return [...names].sort((a, b) => a.localeCompare(b));
}

export function rejectedKeys(db: Db, documentId: number): Set<string> {
  const rows = statement(db, 'SELECT item_key FROM curation_rejections WHERE document_id = ?').all(
    documentId,
  ) as { item_key: string }[];
  return new Set(rows.map((r) => r.item_key));
}

export function curationList(db: Db, documentId: number): CurationList {
  documentText(db, documentId);
  const annotations = listAnnotationViews(db, documentId);
  const layers = annotatorLayers(db, documentId, annotations);
  const rejected = rejectedKeys(db, documentId);
  const keyOf = new Map<number, string>();
  const layerOf = new Map<number, string | null>();
  const spans = new Map<string, CurationSpan>();
  const item = <T extends CurationItem>(map: Map<string, T>, key: string, make: () => T): T => {
    let found = map.get(key);
    if (!found) map.set(key, (found = make()));
    return found;
  };
  const base = (key: string): ItemBase => ({
    key,
    layers: [],
    agreed: false,
    state: rejected.has(key) ? 'rejected' : 'open',
    goldId: null,
  });
  for (const a of annotations) {
    if (a.annotator === null) continue;
    const key = spanKey(a);
    keyOf.set(a.id, key);
    layerOf.set(a.id, a.annotator);
    const span = item<CurationSpan>(spans, key, () => ({
      ...base(key),
      kind: 'span',
      labelId: a.labelId,
      start: a.start,
      end: a.end,
      fragments: a.fragments,
      attributes: {},
      ids: {},
    }));
    if (a.annotator === GOLD_LAYER) {
      span.goldId = a.id;
      span.state = 'accepted';
    } else {
      span.layers.push(a.annotator);
      span.attributes[a.annotator] = a.attributes;
      span.ids[a.annotator] = a.id;
    }
  }
  const relations = new Map<string, CurationRelation>();
  for (const r of listRelations(db, documentId)) {
    const head = keyOf.get(r.headId);
    const child = keyOf.get(r.childId);
    const layer = layerOf.get(r.headId);
    if (head === undefined || child === undefined || layer === undefined || layer === null) continue;
    const key = relationKey(r.roleId, head, child);
    const relation = item<CurationRelation>(relations, key, () => ({
      ...base(key),
      kind: 'relation',
      roleId: r.roleId,
      head,
      child,
      ids: {},
    }));
    if (layer === GOLD_LAYER) {
      relation.goldId = r.id;
      relation.state = 'accepted';
    } else {
      relation.layers.push(layer);
      relation.ids[layer] = r.id;
    }
  }
  const all: CurationItem[] = [...spans.values(), ...relations.values()];
  for (const i of all) {
    i.layers.sort((a, b) => a.localeCompare(b));
    i.agreed = layers.length >= 2 && i.layers.length === layers.length;
  }
  const place = (i: CurationItem) => {
    const span = i.kind === 'span' ? i : spans.get(i.head);
    return [span?.start ?? 0, span?.end ?? 0] as const;
  };
  all.sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === 'span' ? -1 : 1;
    const [as, ae] = place(a);
    const [bs, be] = place(b);
    return as - bs || ae - be || a.key.localeCompare(b.key);
  });
  return { layers, items: all };
}
