/**
 * "Annotate all matches" of a corpus search: every hit the search (with its
 * label and status filters) finds becomes a suggestion of a label (rule
 * `search`, reviewed like the rules' suggestions: suggestion-store.ts skips
 * spans where an annotation of the label overlaps or a suggestion was
 * rejected), or an annotation of it in the user's layer, one undo step per
 * document. Annotations are made only after the window has asked (a dry
 * run first counts them).
 */
import type { Db } from './connection.ts';
import { createAnnotation } from './annotations.ts';
import { eachDocumentsHits, type CorpusHit, type CorpusQuery } from './corpus-search.ts';
import { getLabel } from './labels.ts';
import { storeCandidates } from './suggestion-store.ts';
import { asOneStep } from './undo-stack.ts';

export const ANNOTATE_AS = ['suggestions', 'annotations'] as const;
export type AnnotateAs = (typeof ANNOTATE_AS)[number];

export interface AnnotateMatches {
  query: CorpusQuery;
  labelId: number;
  as: AnnotateAs;
  /** Count only: what would be made, and where. */
  dryRun: boolean;
  /** The layer annotations go to (the user's name, or null). */
  annotator: string | null;
}

export interface AnnotateResult {
  /** Hits without an annotation of the label on just that span: what is (or would be) annotated. */
  matches: number;
  documents: number;
  /** What was stored: suggestions the skip rules let through, or annotations; 0 in a dry run. */
  added: number;
}

/** The hits that do not yet carry an annotation of `labelId` over exactly their span. */
const unlabelled = (hits: readonly CorpusHit[], labelId: number): CorpusHit[] =>
  hits.filter((h) => !h.labels.some((l) => l.labelId === labelId && l.exact));

interface Planned {
  documentId: number;
  textLength: number;
  spans: { start: number; end: number }[];
}

/** Stores one document's spans as the request says; returns how many were stored. */
function store(db: Db, request: AnnotateMatches, { documentId, textLength, spans }: Planned): number {
  if (request.as === 'suggestions') {
    const candidates = spans.map((s) => ({ labelId: request.labelId, ...s, rule: 'search', attributes: {} }));
    return storeCandidates(db, documentId, textLength, candidates).length;
  }
  // One undo step per document: Ctrl + Z there takes them all back.
  asOneStep(db, () => {
    for (const s of spans)
      createAnnotation(db, { documentId, labelId: request.labelId, ...s, annotator: request.annotator });
  });
  return spans.length;
}

export function annotateMatches(db: Db, request: AnnotateMatches): AnnotateResult {
  return db.transaction(() => {
    getLabel(db, request.labelId);
    // The search reads while it runs, and SQLite takes no writes meanwhile: plan first, then store.
    const planned: Planned[] = [];
    eachDocumentsHits(db, request.query, (hits, text) => {
      const todo = unlabelled(hits, request.labelId);
      const first = todo[0];
      if (first)
        planned.push({
          documentId: first.documentId,
          textLength: text.length,
          spans: todo.map(({ start, end }) => ({ start, end })),
        });
      return true;
    });
    const matches = planned.reduce((n, p) => n + p.spans.length, 0);
    const added = request.dryRun ? 0 : planned.reduce((n, p) => n + store(db, request, p), 0);
    return { matches, documents: planned.length, added };
  })();
}
