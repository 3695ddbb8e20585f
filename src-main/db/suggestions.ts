/**
 * Suggestions: computing and storing them for a document or the corpus from
 * the NUMBER, TIME and ACTOR rules (src-main/suggest/rules.ts), and listing
 * a document's open ones. Accepting and rejecting are in
 * suggestion-accept.ts, "annotate all mentions" in suggestion-mentions.ts.
 * Suggestions never change an annotation.
 */
import type { Db } from './connection.ts';
import { notFound } from './errors.ts';
import { actorGazetteer } from './gazetteer.ts';
import { statement } from './statements.ts';
import { listOpenSuggestions, openSuggestionsOf, type Suggestion } from './suggestion-rows.ts';
import { documentText } from './document-text.ts';
import {
  attributeFilter,
  attributeFilterOf,
  mergeReady,
  readyFinds,
  runLabels,
  storeReady,
  type ReadyCandidate,
  type RunLabels,
  type Stored,
} from './suggestion-store.ts';
import { askHelper, HELPER_LABELS } from '../suggest/rules-helper.ts';
import { listAttributeDefs } from './scheme-read.ts';
import { prepareRules, type Found, type RuleLabel, type RunSetup } from '../suggest/rules.ts';
import type { AttributeDef, DocumentStatus } from './model.ts';

export { listOpenSuggestions, type Suggestion } from './suggestion-rows.ts';

/** How many suggestions a run added, per rule label (every label of the run listed, in rule order). */
export type PerLabel = { label: RuleLabel; added: number }[];

export interface ComputeResult {
  /** Suggestions added by this run. */
  added: number;
  perLabel: PerLabel;
  /** Rule labels the run left out because the scheme lacks them. */
  missing: RuleLabel[];
}

/** A prepared run: the labels, the rules (with the corpus's gazetteer) and the scheme's attribute filter. */
export interface Run {
  labels: RunLabels;
  /** What the rules were prepared from: a worker thread prepares its own from it. */
  setup: RunSetup;
  find: (text: string, date: string | null) => Found[];
  filter: ReturnType<typeof attributeFilter>;
  /** The scheme's attributes the filter was made from: a thread without the database makes its own from them. */
  defs: AttributeDef[];
}

export function prepareRun(db: Db, asked?: readonly string[]): Run {
  const labels = runLabels(db, asked);
  const names = labels.labels.map((l) => l.name);
  const setup: RunSetup = { labels: names, gazetteer: names.includes('ACTOR') ? actorGazetteer(db) : [] };
  const defs = listAttributeDefs(db);
  return { labels, setup, find: prepareRules(setup), filter: attributeFilterOf(defs), defs };
}

/** From this many characters on, a document's NUMBER and TIME rules run on the helper thread (rules-helper.ts). */
const HELPED_FROM = 20_000;

/**
 * What the run's rules find in a text, made ready to store: in a long text,
 * the helper thread runs NUMBER and TIME meanwhile; the list is the same.
 */
function readyForText(run: Run, text: string, date: string | null): ReadyCandidate[] {
  const all = run.labels.labels;
  const theirs = all.filter((l) => HELPER_LABELS.includes(l.name));
  const mine = all.filter((l) => !HELPER_LABELS.includes(l.name));
  const asked =
    text.length >= HELPED_FROM && mine.length > 0 ? askHelper(text, date, theirs, run.defs) : null;
  if (!asked) return readyFinds(run.find(text, date), all, run.filter);
  const findsOf = (labels: RunLabels['labels']) =>
    readyFinds(
      prepareRules({ ...run.setup, labels: labels.map((l) => l.name) })(text, date),
      all,
      run.filter,
    );
  const here = findsOf(mine);
  // A helper that did not answer: its labels are run here after all.
  return mergeReady(here, asked.wait() ?? findsOf(theirs));
}

interface DocumentText {
  text: string;
  published: string | null;
}

function readDocument(db: Db, documentId: number): DocumentText {
  const row = statement(db, 'SELECT text, published FROM documents WHERE id = ?').get(documentId) as
    DocumentText | undefined;
  if (!row) throw notFound('document', documentId);
  return row;
}

/** The open document's text, through the cache the editor's calls share: reading a long one costs. */
function readOpenDocument(db: Db, documentId: number): DocumentText {
  const text = documentText(db, documentId);
  const published = statement(db, 'SELECT published FROM documents WHERE id = ?').pluck().get(documentId) as
    string | null;
  return { text, published };
}

const hasSuggestions = (db: Db, documentId: number): boolean =>
  statement(db, 'SELECT 1 FROM suggestions WHERE document_id = ? LIMIT 1').get(documentId) !== undefined;

/** Stores `found` in one document (inside the caller's transaction); returns what it added. */
export function storeFinds(
  db: Db,
  run: Run,
  documentId: number,
  textLength: number,
  found: readonly Found[],
): Stored[] {
  return storeReady(db, documentId, textLength, readyFinds(found, run.labels.labels, run.filter));
}

/** Computes and stores suggestions for one document (the open one in the app). */
export function suggestForDocument(
  db: Db,
  documentId: number,
  asked?: readonly string[],
  once = false,
): ComputeResult & { suggestions: Suggestion[] } {
  // Opening a document asks once: the rules over a long article cost the
  // database thread a noticeable while, and what they found is stored.
  if (once && hasSuggestions(db, documentId))
    return { added: 0, perLabel: [], missing: [], suggestions: listOpenSuggestions(db, documentId) };
  const run = prepareRun(db, asked);
  const doc = readOpenDocument(db, documentId);
  const ready = readyForText(run, doc.text, doc.published);
  const tally = new Tally(run);
  let had = false;
  const stored = db.transaction(() => {
    had = hasSuggestions(db, documentId);
    return storeReady(db, documentId, doc.text.length, ready);
  })();
  tally.add(stored);
  const { added, perLabel, missing } = tally.result(1);
  // In a document without suggestions before, the open ones are those just
  // stored (none overlaps an annotation of its label): no need to read them back.
  const suggestions = had ? listOpenSuggestions(db, documentId) : openSuggestionsOf(documentId, stored);
  return { added, perLabel, missing, suggestions };
}

/**
 * What a run does with the rules' finds short of storing them: made ready
 * to store, and answered with. For the load-time warm-up (warm-cache.ts),
 * so that a long article's first run finds this code compiled as well.
 * Reads the scheme only, not the gazetteer, which reads many texts.
 */
export function rowsWarmer(db: Db): (found: readonly Found[]) => void {
  const { labels } = runLabels(db);
  const filter = attributeFilter(db);
  return (found) => {
    const ready = readyFinds(found, labels, filter);
    openSuggestionsOf(
      0,
      ready.map((r, i) => ({ ...r, uid: `S${i + 1}`, id: i + 1 })),
    );
  };
}

/** The documents a corpus run covers: all, or those of one status, in id order. */
export function documentIdsFor(db: Db, status?: DocumentStatus): number[] {
  return (
    status
      ? statement(db, 'SELECT id FROM documents WHERE status = ? ORDER BY id').pluck().all(status)
      : statement(db, 'SELECT id FROM documents ORDER BY id').pluck().all()
  ) as number[];
}

/** What a corpus run did. */
export interface CorpusResult extends ComputeResult {
  documents: number;
}

/** Counts of a corpus run as it goes. */
export class Tally {
  private readonly counts = new Map<number, number>();
  private readonly run: Run;
  added = 0;

  constructor(run: Run) {
    this.run = run;
  }

  add(stored: readonly Stored[]): void {
    for (const s of stored) this.counts.set(s.labelId, (this.counts.get(s.labelId) ?? 0) + 1);
    this.added += stored.length;
  }

  result(documents: number): CorpusResult {
    const { labels } = this.run;
    return {
      documents,
      added: this.added,
      perLabel: labels.labels.map((l) => ({ label: l.name, added: this.counts.get(l.id) ?? 0 })),
      missing: labels.missing,
    };
  }
}

/** Documents stored per transaction in a corpus run: one commit per document would cost more than the rules. */
export const DOCUMENTS_PER_TRANSACTION = 200;

/** Computes and stores suggestions for every document (of `status`), on this thread. */
export function suggestForCorpus(
  db: Db,
  options: { labels?: readonly string[] | undefined; status?: DocumentStatus | undefined } = {},
): CorpusResult {
  const run = prepareRun(db, options.labels);
  const ids = documentIdsFor(db, options.status);
  const tally = new Tally(run);
  const storeSome = db.transaction((some: readonly number[]) => {
    for (const id of some) {
      const doc = readDocument(db, id);
      tally.add(storeFinds(db, run, id, doc.text.length, run.find(doc.text, doc.published)));
    }
  });
  for (let i = 0; i < ids.length; i += DOCUMENTS_PER_TRANSACTION)
    storeSome(ids.slice(i, i + DOCUMENTS_PER_TRANSACTION));
  return tally.result(ids.length);
}
