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
import { listOpenSuggestions, type Suggestion } from './suggestion-rows.ts';
import {
  attributeFilter,
  candidatesOf,
  runLabels,
  storeCandidates,
  type RunLabels,
} from './suggestion-store.ts';
import { prepareRules, type Found, type RuleLabel } from '../suggest/rules.ts';
import type { DocumentStatus } from './model.ts';

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
  find: (text: string, date: string | null) => Found[];
  filter: ReturnType<typeof attributeFilter>;
}

export function prepareRun(db: Db, asked?: readonly string[]): Run {
  const labels = runLabels(db, asked);
  const names = labels.labels.map((l) => l.name);
  const gazetteer = names.includes('ACTOR') ? actorGazetteer(db) : [];
  return { labels, find: prepareRules({ labels: names, gazetteer }), filter: attributeFilter(db) };
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

function tally(labels: RunLabels, stored: readonly Suggestion[]): PerLabel {
  return labels.labels.map((l) => ({
    label: l.name,
    added: stored.filter((s) => s.labelId === l.id).length,
  }));
}

/** Stores the finds of `run` in one document, in one transaction; returns what it added. */
export function storeRunFinds(
  db: Db,
  run: Run,
  documentId: number,
  doc: DocumentText,
  found?: Found[],
): Suggestion[] {
  const candidates = candidatesOf(found ?? run.find(doc.text, doc.published), run.labels.labels, run.filter);
  return db.transaction(() => storeCandidates(db, documentId, doc.text.length, candidates))();
}

/** Computes and stores suggestions for one document (the open one in the app). */
export function suggestForDocument(
  db: Db,
  documentId: number,
  asked?: readonly string[],
): ComputeResult & { suggestions: Suggestion[] } {
  const run = prepareRun(db, asked);
  const stored = storeRunFinds(db, run, documentId, readDocument(db, documentId));
  return {
    added: stored.length,
    perLabel: tally(run.labels, stored),
    missing: run.labels.missing,
    suggestions: listOpenSuggestions(db, documentId),
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

/** Computes and stores suggestions for every document (of `status`), on this thread. */
export function suggestForCorpus(
  db: Db,
  options: { labels?: readonly string[] | undefined; status?: DocumentStatus | undefined } = {},
): ComputeResult & { documents: number } {
  const run = prepareRun(db, options.labels);
  const ids = documentIdsFor(db, options.status);
  const counts = new Map<number, number>();
  let added = 0;
  for (const id of ids) {
    for (const s of storeRunFinds(db, run, id, readDocument(db, id))) {
      counts.set(s.labelId, (counts.get(s.labelId) ?? 0) + 1);
      added++;
    }
  }
  return {
    documents: ids.length,
    added,
    perLabel: run.labels.labels.map((l) => ({ label: l.name, added: counts.get(l.id) ?? 0 })),
    missing: run.labels.missing,
  };
}
