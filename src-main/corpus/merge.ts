/**
 * Merging a record into a document whose text the corpus already has
 * (matched by SHA-256, not by id): layer by layer, where a layer is an
 * annotator's spans (`annotator`; none is the unattributed layer) with the
 * relations whose head they hold.
 *
 * - a layer the document lacks is added: spans, relations, attributes,
 *   fragments, notes, flags and origins, span ids kept unless the document
 *   already uses one (then renumbered, relations following, and reported);
 * - a layer with the same content changes nothing (already present);
 * - a layer with other content is a conflict, reported with its reason and
 *   not applied, unless the caller replaces it deliberately.
 *
 * Content is what an annotator decided, not bookkeeping: a span's label,
 * start, end, fragments and attributes; a relation's role and its two ends
 * (by their content). Span ids, notes, flags, origins and times are not
 * compared. Applying a merge makes the layer's content equal the file's, so
 * a second merge of the same file finds every layer present: merges are
 * idempotent.
 */
import { attributesJson } from '../db/attributes-json.ts';
import type { Db } from '../db/connection.ts';
import type { ImportedRelation, ImportedSpan } from '../db/imported.ts';
import { insertLayerSpans, linkImported } from '../db/imported.ts';
import {
  layerRelationRows,
  layerSpanRows,
  layerStatuses,
  removeLayer,
  importLayerStatus,
  suggestionUids,
  type LayerSpanRow,
} from '../db/layer-rows.ts';
import type { DocumentStatus } from '../db/model.ts';
import { generatedNumber, generatedUid, nextSpanUidAfter } from '../db/span-uid.ts';
import { statement } from '../db/statements.ts';
import { OffsetMap } from '../text/offsets.ts';

export type Layer = string | null;

export interface MergePolicy {
  /** Replace a conflicting layer with the file's instead of reporting the conflict. */
  replace: (layer: Layer) => boolean;
  /** The status a named layer gets when it is added or replaced. */
  statusOf: (layer: string) => DocumentStatus;
  /** Also set the status of named layers found present (a returned work package brings its statuses). */
  syncPresentStatus: boolean;
  /**
   * Named layers the source keeps a status for (a database's document_layers):
   * layers even without spans, so an annotator who found nothing to mark, or
   * removed every span in a work package, still brings that.
   */
  statusLayers: readonly string[];
}

export interface MergeOutcome {
  added: Layer[];
  present: Layer[];
  replaced: Layer[];
  conflicts: { layer: Layer; reason: string }[];
  renumbered: { from: string; to: string }[];
  spansAdded: number;
}

/** A layer's name as reports write it. */
export const layerName = (layer: Layer): string => (layer === null ? 'unattributed' : `"${layer}"`);

interface SpanContent {
  labelId: number;
  start: number;
  end: number;
  fragments: string | null;
  attributes: string;
}

const spanKey = (s: SpanContent): string =>
  `${s.labelId}\u0000${s.start}\u0000${s.end}\u0000${s.fragments ?? ''}\u0000${s.attributes}`;

const importedContent = (s: ImportedSpan): SpanContent => ({
  labelId: s.labelId,
  start: s.start,
  end: s.end,
  fragments: s.fragments ? JSON.stringify(s.fragments) : null,
  attributes: s.attributesText ?? (s.attributes ? attributesJson(s.attributes) : '{}'),
});

const storedContent = (r: LayerSpanRow): SpanContent => ({
  labelId: r.label_id,
  start: r.start,
  end: r.end,
  fragments: r.fragments,
  attributes: r.attributes,
});

/** A layer's content: its span keys and its relations' keys, each sorted. */
interface LayerContent {
  spans: string[];
  relations: string[];
}

const relationKey = (roleId: number, head: string, child: string, childLayer: Layer): string =>
  `${roleId}\u0000${head}\u0000${child}\u0000${childLayer ?? '\u0001'}`;

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Items of `a` not in `b`, as multisets (both sorted). */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

function describeSpanKey(db: Db, text: string, key: string): string {
  const [labelId, start, end] = key.split('\u0000');
  const name = statement(db, 'SELECT name FROM labels WHERE id = ?').pluck().get(Number(labelId)) as
    string | undefined;
  const map = new OffsetMap(text);
  const s = Number(start);
  const e = Number(end);
  const piece = text.slice(s, e);
  const shown = piece.length > 40 ? `${piece.slice(0, 37)}…` : piece;
  return `${name ?? `label ${labelId}`} ${map.toCodePoint(s) ?? s}–${map.toCodePoint(e) ?? e} ${JSON.stringify(shown)}`;
}

/** Why two contents of one layer differ, in a line: counts and the first difference. */
function conflictReason(db: Db, text: string, ours: LayerContent, theirs: LayerContent): string {
  const onlyTheirs = missingFrom(theirs.spans, ours.spans);
  const onlyOurs = missingFrom(ours.spans, theirs.spans);
  const parts: string[] = [];
  if (onlyTheirs.length > 0 || onlyOurs.length > 0) {
    parts.push(
      `${onlyTheirs.length} span(s) only in the file, ${onlyOurs.length} only in the corpus (label, offsets, fragments or attributes differ)`,
    );
    const first = onlyTheirs[0] ?? onlyOurs[0] ?? '';
    parts.push(
      `first ${onlyTheirs[0] !== undefined ? 'only in the file' : 'only in the corpus'}: ${describeSpanKey(db, text, first)}`,
    );
  } else {
    const relTheirs = missingFrom(theirs.relations, ours.relations).length;
    const relOurs = missingFrom(ours.relations, theirs.relations).length;
    parts.push(
      `the spans agree, the relations do not (${relTheirs} only in the file, ${relOurs} only in the corpus)`,
    );
  }
  return parts.join('; ');
}

/** Keys sorted, as contents are compared. */
const sortedContent = (spans: string[], relations: string[]): LayerContent => ({
  spans: spans.sort(),
  relations: relations.sort(),
});

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The stored layers of a document: which there are, and on demand a layer's
 * content and which row holds each of its span keys. Most merges bring a
 * layer the document lacks, which needs neither: the keys are made and the
 * relations read only for a layer the record also has.
 */
function storedLayers(db: Db, documentId: number) {
  const rows = layerSpanRows(db, documentId);
  const rowsOf = new Map<Layer, LayerSpanRow[]>();
  for (const r of rows) pushTo(rowsOf, r.annotator, r);
  const layers = new Set<Layer>(rowsOf.keys());
  for (const layer of layerStatuses(db, documentId).keys()) layers.add(layer);
  let keyOf: Map<number, string> | undefined;
  const keys = (): Map<number, string> =>
    (keyOf ??= new Map(rows.map((r) => [r.id, spanKey(storedContent(r))])));
  let relationsOf: Map<Layer, string[]> | undefined;
  const relations = (): Map<Layer, string[]> => {
    if (relationsOf) return relationsOf;
    relationsOf = new Map();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const rel of layerRelationRows(db, documentId)) {
      const head = byId.get(rel.head_id);
      const child = byId.get(rel.child_id);
      if (!head || !child) continue;
      const key = relationKey(
        rel.role_id,
        keys().get(head.id) ?? '',
        keys().get(child.id) ?? '',
        child.annotator,
      );
      pushTo(relationsOf, head.annotator, key);
    }
    return relationsOf;
  };
  const rowByKey = new Map<Layer, Map<string, number>>();
  return {
    rows,
    /** A layer's content, or undefined when the document has no such layer. */
    content(layer: Layer): LayerContent | undefined {
      if (!layers.has(layer)) return undefined;
      const own = (rowsOf.get(layer) ?? []).map((r) => keys().get(r.id) ?? '');
      return sortedContent(own, [...(relations().get(layer) ?? [])]);
    },
    /** The row of a layer's span with this key. */
    rowOf(layer: Layer, key: string): number | undefined {
      let own = rowByKey.get(layer);
      if (!own) {
        own = new Map((rowsOf.get(layer) ?? []).map((r) => [keys().get(r.id) ?? '', r.id]));
        rowByKey.set(layer, own);
      }
      return own.get(key);
    },
  };
}

/**
 * The incoming record's layers in the order the report lists them (those
 * with a status first, then by their first span), the positions of each
 * layer's spans, and on demand a span's key and a layer's content.
 */
function incomingLayers(
  spans: readonly ImportedSpan[],
  relations: readonly ImportedRelation[],
  statusLayers: readonly string[],
) {
  const positions = new Map<Layer, number[]>();
  const layers = new Set<Layer>(statusLayers);
  spans.forEach((s, i) => {
    pushTo(positions, s.annotator, i);
    layers.add(s.annotator);
  });
  const keys: (string | undefined)[] = [];
  const key = (i: number): string => {
    const span = spans[i];
    if (!span) return '';
    return (keys[i] ??= spanKey(importedContent(span)));
  };
  return {
    layers,
    positions,
    key,
    content(layer: Layer): LayerContent {
      const own = (positions.get(layer) ?? []).map(key);
      const links: string[] = [];
      for (const r of relations) {
        const head = spans[r.head];
        const child = spans[r.child];
        if (!head || !child || head.annotator !== layer) continue;
        links.push(relationKey(r.roleId, key(r.head), key(r.child), child.annotator));
      }
      return sortedContent(own, links);
    },
  };
}

/** Span ids for the spans being added: their own unless the document uses it already. */
function uidsFor(
  db: Db,
  documentId: number,
  stored: { all: readonly string[]; kept: readonly string[] },
  spans: readonly ImportedSpan[],
  adding: readonly number[],
  renumbered: MergeOutcome['renumbered'],
): Map<number, string> {
  const suggested = suggestionUids(db, documentId);
  const taken = new Set([...stored.kept, ...suggested]);
  // Asked only when a span needs a new id: it reads the document's history too.
  let next = 0;
  const fresh = (): string => {
    if (next === 0) {
      next = generatedNumber(nextSpanUidAfter(db, documentId, [...stored.all, ...suggested]));
      for (const i of adding) next = Math.max(next, generatedNumber(spans[i]?.uid ?? '') + 1);
    }
    while (taken.has(generatedUid(next))) next++;
    return generatedUid(next++);
  };
  const out = new Map<number, string>();
  for (const i of adding) {
    const own = spans[i]?.uid ?? '';
    const uid = own !== '' && !taken.has(own) ? own : fresh();
    if (own !== '' && uid !== own) renumbered.push({ from: own, to: uid });
    out.set(i, uid);
    taken.add(uid);
  }
  return out;
}

/**
 * Merges the record's spans and relations (already checked against the
 * scheme, span ids already given) into document `documentId`, inside the
 * caller's transaction.
 */
export function mergeIntoDocument(
  db: Db,
  documentId: number,
  text: string,
  spans: readonly ImportedSpan[],
  relations: readonly ImportedRelation[],
  policy: MergePolicy,
): MergeOutcome {
  const outcome: MergeOutcome = {
    added: [],
    present: [],
    replaced: [],
    conflicts: [],
    renumbered: [],
    spansAdded: 0,
  };
  if (spans.length === 0 && policy.statusLayers.length === 0) return outcome;
  const stored = storedLayers(db, documentId);
  const incoming = incomingLayers(spans, relations, policy.statusLayers);
  const taking = new Set<Layer>();
  for (const layer of incoming.layers) {
    const ours = stored.content(layer);
    if (!ours) {
      taking.add(layer);
      outcome.added.push(layer);
      continue;
    }
    const theirs = incoming.content(layer);
    if (sameList(ours.spans, theirs.spans) && sameList(ours.relations, theirs.relations)) {
      outcome.present.push(layer);
      if (policy.syncPresentStatus && layer !== null)
        importLayerStatus(db, documentId, layer, policy.statusOf(layer));
    } else if (policy.replace(layer)) {
      taking.add(layer);
      outcome.replaced.push(layer);
    } else {
      outcome.conflicts.push({ layer, reason: conflictReason(db, text, ours, theirs) });
    }
  }
  // A relation of a layer being taken whose child lies in a layer not taken must find that child stored.
  const childRow = (i: number): number | undefined =>
    stored.rowOf(spans[i]?.annotator ?? null, incoming.key(i));
  for (const r of relations) {
    const head = spans[r.head];
    const child = spans[r.child];
    if (!head || !child || !taking.has(head.annotator) || taking.has(child.annotator)) continue;
    if (childRow(r.child) === undefined) {
      taking.delete(head.annotator);
      for (const list of [outcome.added, outcome.replaced]) {
        const at = list.indexOf(head.annotator);
        if (at !== -1) list.splice(at, 1);
      }
      outcome.conflicts.push({
        layer: head.annotator,
        reason: `a relation's child (${child.uid ?? '?'}) is in layer ${layerName(child.annotator)}, whose spans here differ from the file's`,
      });
    }
  }
  if (taking.size === 0) return outcome;
  for (const layer of outcome.replaced) removeLayer(db, documentId, layer);
  const adding = [...taking].flatMap((layer) => incoming.positions.get(layer) ?? []);
  // The ids of the layers replaced are free again.
  const kept = stored.rows.filter((r) => !taking.has(r.annotator)).map((r) => r.uid);
  const all = stored.rows.map((r) => r.uid);
  const uids = uidsFor(db, documentId, { all, kept }, spans, adding, outcome.renumbered);
  const rowIds = insertLayerSpans(
    db,
    documentId,
    adding.map((i) => ({ span: spans[i] as ImportedSpan, uid: uids.get(i) ?? '' })),
  );
  const rowOf = new Map(adding.map((i, n) => [i, rowIds[n] ?? 0]));
  linkImported(
    db,
    documentId,
    relations.flatMap((r) => {
      const headId = rowOf.get(r.head);
      const childId = headId === undefined ? undefined : (rowOf.get(r.child) ?? childRow(r.child));
      return headId === undefined || childId === undefined ? [] : [{ roleId: r.roleId, headId, childId }];
    }),
  );
  for (const layer of taking)
    if (layer !== null) importLayerStatus(db, documentId, layer, policy.statusOf(layer));
  outcome.spansAdded = adding.length;
  return outcome;
}
