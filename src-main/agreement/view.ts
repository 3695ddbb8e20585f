/**
 * What the Agreement screen shows: the report, and per pair and label (and
 * over all labels) the documents with the most disagreement, counted as
 * spans either annotator has that the other lacks exactly.
 */
import type { Db } from '../db/connection.ts';
import { documentTitles } from '../db/agreement-read.ts';
import type { PairDisagreements } from './compute.ts';
import { agreementOf, type AgreementRequest } from './from-db.ts';
import type { AgreementReport } from './report.ts';

/** How many documents each drill-down lists. */
export const MOST_DISAGREEMENT = 20;

export interface DisagreementItem {
  documentId: number;
  externalId: string;
  title: string;
  unmatched: number;
}

export interface DisagreementList {
  annotators: [string, string];
  /** A label, or null for all labels together. */
  label: string | null;
  items: DisagreementItem[];
}

export interface AgreementView {
  report: AgreementReport;
  disagreements: DisagreementList[];
}

const top = (list: { documentId: number; unmatched: number }[]) =>
  [...list]
    .sort((x, y) => y.unmatched - x.unmatched || x.documentId - y.documentId)
    .slice(0, MOST_DISAGREEMENT);

function listsOf(
  pair: PairDisagreements,
): { label: string | null; items: { documentId: number; unmatched: number }[] }[] {
  const overall = new Map<number, number>();
  const lists: { label: string | null; items: { documentId: number; unmatched: number }[] }[] = [];
  for (const [label, list] of Object.entries(pair.byLabel)) {
    for (const d of list) overall.set(d.documentId, (overall.get(d.documentId) ?? 0) + d.unmatched);
    lists.push({ label, items: top(list) });
  }
  lists.unshift({
    label: null,
    items: top([...overall].map(([documentId, unmatched]) => ({ documentId, unmatched }))),
  });
  return lists;
}

export function agreementView(db: Db, request: AgreementRequest): AgreementView {
  const { report, disagreements } = agreementOf(db, request);
  const lists = disagreements.flatMap((pair) =>
    listsOf(pair).map((l) => ({ annotators: pair.annotators, ...l })),
  );
  const titles = documentTitles(db, [...new Set(lists.flatMap((l) => l.items.map((i) => i.documentId)))]);
  return {
    report,
    disagreements: lists.map((l) => ({
      ...l,
      items: l.items.map((i) => ({
        ...i,
        externalId: titles.get(i.documentId)?.externalId ?? '',
        title: titles.get(i.documentId)?.title ?? '',
      })),
    })),
  };
}
