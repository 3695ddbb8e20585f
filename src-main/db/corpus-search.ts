/**
 * The corpus search (issue 22): every place a text occurs in the documents,
 * as a concordance (keyword in context), with the labels already on each
 * hit, so an annotator can check that the same words are tagged alike.
 *
 * Documents are found through the trigram index (text-search.ts), and
 * those not indexed yet (text-index.ts) by reading them; a query too short
 * for the index scans the documents in id order, at most SCAN_CAP of them. The hits inside a document are found on its folded text
 * (text/find-fold.ts), which keeps offsets, so a hit is a span of the stored text.
 */
import type { Db } from './connection.ts';
import type { DocumentStatus, Fragment } from './model.ts';
import { statement } from './statements.ts';
import { ftsPhrase, isIndexable } from './text-search.ts';
import { CONTAINS_FUNCTION, indexedThrough, indexState } from './text-index.ts';
import { findAll, foldForFind } from '../text/find-fold.ts';

/** Which hits to keep, by the annotations on them. */
export const HIT_SCOPES = ['all', 'annotated', 'unannotated'] as const;
export type HitScope = (typeof HIT_SCOPES)[number];

export interface CorpusQuery {
  text: string;
  /** A label id: only hits an annotation of that label covers; otherwise by scope (default all). */
  label?: number | HitScope | undefined;
  status?: DocumentStatus | undefined;
}

/** A label on a hit: of an annotation covering it; `exact` when the annotation is just the hit. */
export interface HitLabel {
  labelId: number;
  exact: boolean;
}

export interface CorpusHit {
  documentId: number;
  externalId: string;
  title: string;
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
  labels: HitLabel[];
}

export interface CorpusSearchResult {
  hits: CorpusHit[];
  /** How many documents the hits are in. */
  documents: number;
  /** The search stopped at the hit limit: there are more. */
  more: boolean;
  /** For a query too short for the index: how many documents were looked at (SCAN_CAP at most); else null. */
  scanned: number | null;
  /** Documents not in the text index yet (text-index.ts): searched directly, all of them. */
  unindexed: number;
}

/** Characters of context on either side of a hit. */
export const CONTEXT = 60;
/** Documents a query shorter than the index takes (1 or 2 characters) is looked for in. */
export const SCAN_CAP = 2000;

interface DocRow {
  id: number;
  external_id: string;
  list_title: string;
  text: string;
}

interface Covering {
  label_id: number;
  start: number;
  end: number;
  fragments: string | null;
}

/** The documents to look in, in id order: lazy, so a search that stops early reads no more texts. */
function candidates(db: Db, query: CorpusQuery): { rows: Iterable<DocRow>; scanning: boolean } {
  const status = query.status ?? null;
  if (isIndexable(query.text)) return { rows: indexedThenNot(db, query.text, status), scanning: false };
  const rows = statement(
    db,
    `SELECT id, external_id, list_title, text FROM documents WHERE (@status IS NULL OR status = @status) ORDER BY id LIMIT @cap`,
  ).iterate({ status, cap: SCAN_CAP }) as IterableIterator<DocRow>;
  return { rows, scanning: true };
}

/** The indexed documents the index finds, then the ones above its mark (text-index.ts) that hold the text. */
function* indexedThenNot(db: Db, text: string, status: DocumentStatus | null): Generator<DocRow> {
  const through = indexedThrough(db);
  yield* statement(
    db,
    `SELECT d.id, d.external_id, d.list_title, d.text FROM documents_fts f JOIN documents d ON d.id = f.rowid
     WHERE documents_fts MATCH @phrase AND (@status IS NULL OR d.status = @status) ORDER BY f.rowid`,
  ).iterate({ phrase: ftsPhrase(text), status }) as IterableIterator<DocRow>;
  yield* statement(
    db,
    `SELECT id, external_id, list_title, text FROM documents
     WHERE id > @through AND (@status IS NULL OR status = @status) AND ${CONTAINS_FUNCTION}(text, @needle) ORDER BY id`,
  ).iterate({ through, status, needle: foldForFind(text) }) as IterableIterator<DocRow>;
}

/** The labels of the annotations (any layer) covering [start, end), one per label; exact ones win. */
function labelsOn(covering: readonly Covering[], start: number, end: number): HitLabel[] {
  const byLabel = new Map<number, boolean>();
  for (const a of covering) {
    const pieces: Fragment[] = a.fragments ? (JSON.parse(a.fragments) as Fragment[]) : [[a.start, a.end]];
    if (!pieces.some(([s, e]) => s <= start && e >= end)) continue;
    const exact = a.start === start && a.end === end && pieces.length === 1;
    byLabel.set(a.label_id, (byLabel.get(a.label_id) ?? false) || exact);
  }
  return [...byLabel].map(([labelId, exact]) => ({ labelId, exact }));
}

function keeps(label: CorpusQuery['label'], labels: readonly HitLabel[]): boolean {
  if (label === undefined || label === 'all') return true;
  if (label === 'annotated') return labels.length > 0;
  if (label === 'unannotated') return labels.length === 0;
  return labels.some((l) => l.labelId === label);
}

/** One document's hits, with their labels, filtered by the query's label. */
function hitsIn(db: Db, row: DocRow, needle: string, query: CorpusQuery): CorpusHit[] {
  const starts = findAll(foldForFind(row.text), needle);
  if (starts.length === 0) return [];
  const covering = statement(
    db,
    'SELECT label_id, start, "end", fragments FROM annotations WHERE document_id = ? ORDER BY start',
  ).all(row.id) as Covering[];
  const hits: CorpusHit[] = [];
  for (const start of starts) {
    const end = start + needle.length;
    const labels = labelsOn(covering, start, end);
    if (!keeps(query.label, labels)) continue;
    hits.push({
      documentId: row.id,
      externalId: row.external_id,
      title: row.list_title,
      start,
      end,
      before: row.text.slice(Math.max(0, start - CONTEXT), start),
      match: row.text.slice(start, end),
      after: row.text.slice(end, end + CONTEXT),
      labels,
    });
  }
  return hits;
}

/**
 * Calls `each` with every document's hits, in id order, until it returns
 * false; returns how many documents were looked at and whether it was a scan.
 */
export function eachDocumentsHits(
  db: Db,
  query: CorpusQuery,
  each: (hits: CorpusHit[], text: string) => boolean,
): { looked: number; scanning: boolean } {
  const needle = foldForFind(query.text);
  const { rows, scanning } = candidates(db, query);
  let looked = 0;
  for (const row of rows) {
    looked++;
    const hits = hitsIn(db, row, needle, query);
    if (hits.length > 0 && !each(hits, row.text)) break;
  }
  return { looked, scanning };
}

/** The first `limit` hits of the query, in document order and text order. */
export function searchCorpus(db: Db, query: CorpusQuery, limit: number): CorpusSearchResult {
  const hits: CorpusHit[] = [];
  let documents = 0;
  let more = false;
  const { looked, scanning } = eachDocumentsHits(db, query, (found) => {
    // A document with hits beyond a full page: there are more.
    if (hits.length === limit) {
      more = true;
      return false;
    }
    documents++;
    const room = limit - hits.length;
    hits.push(...found.slice(0, room));
    more = found.length > room;
    return !more;
  });
  return { hits, documents, more, scanned: scanning ? looked : null, unindexed: indexState(db).unindexed };
}
