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

function newContent(): LayerContent {
  return { spans: [], relations: [] };
}

function contentOf<K>(map: Map<K, LayerContent>, key: K): LayerContent {
  let c = map.get(key);
  if (!c) {
    c = newContent();
    map.set(key, c);
  }
  return c;
}

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

/** The stored layers of a document, their content and which row holds each span key. */
function storedLayers(db: Db, documentId: number) {
  const rows = layerSpanRows(db, documentId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const keyOf = new Map(rows.map((r) => [r.id, spanKey(storedContent(r))]));
  const content = new Map<Layer, LayerContent>();
  const rowByKey = new Map<Layer, Map<string, number>>();
  for (const r of rows) {
    const key = keyOf.get(r.id) ?? '';
    contentOf(content, r.annotator).spans.push(key);
    let own = rowByKey.get(r.annotator);
    if (!own) rowByKey.set(r.annotator, (own = new Map()));
    own.set(key, r.id);
  }
  for (const rel of layerRelationRows(db, documentId)) {
    const head = byId.get(rel.head_id);
    const child = byId.get(rel.child_id);
    if (!head || !child) continue;
    contentOf(content, head.annotator).relations.push(
      relationKey(rel.role_id, keyOf.get(head.id) ?? '', keyOf.get(child.id) ?? '', child.annotator),
    );
  }
  for (const layer of layerStatuses(db, documentId).keys()) contentOf(content, layer);
  for (const c of content.values()) {
    c.spans.sort();
    c.relations.sort();
  }
  return { content, rowByKey, rows };
}

/** The incoming record's layers: span positions and content, per layer. */
function incomingLayers(
  spans: readonly ImportedSpan[],
  relations: readonly ImportedRelation[],
  statusLayers: readonly string[],
) {
  const keys = spans.map((s) => spanKey(importedContent(s)));
  const positions = new Map<Layer, number[]>();
  const content = new Map<Layer, LayerContent>();
  for (const layer of statusLayers) contentOf(content, layer);
  spans.forEach((s, i) => {
    const list = positions.get(s.annotator);
    if (list) list.push(i);
    else positions.set(s.annotator, [i]);
    contentOf(content, s.annotator).spans.push(keys[i] ?? '');
  });
  for (const r of relations) {
    const head = spans[r.head];
    const child = spans[r.child];
    if (!head || !child) continue;
    contentOf(content, head.annotator).relations.push(
      relationKey(r.roleId, keys[r.head] ?? '', keys[r.child] ?? '', child.annotator),
    );
  }
  for (const c of content.values()) {
    c.spans.sort();
    c.relations.sort();
  }
  return { keys, positions, content };
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
  for (const [layer, theirs] of incoming.content) {
    const ours = stored.content.get(layer);
    if (!ours) {
      taking.add(layer);
      outcome.added.push(layer);
    } else if (sameList(ours.spans, theirs.spans) && sameList(ours.relations, theirs.relations)) {
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
    stored.rowByKey.get(spans[i]?.annotator ?? null)?.get(incoming.keys[i] ?? '');
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
