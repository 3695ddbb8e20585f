/**
 * The rows of `suggestions` (schema 6): spans the rules propose that no
 * annotator owns yet, open or rejected. Reading, writing and the shape the
 * rest of the app sees.
 */
import { attributesJson } from './attributes-json.ts';
import type { Db } from './connection.ts';
import { documentText } from './document-text.ts';
import { intervalsByLabel } from './intervals.ts';
import { notFound } from './errors.ts';
import type { Annotation, Attributes } from './model.ts';
import { statement } from './statements.ts';

export const SUGGESTION_STATES = ['open', 'rejected'] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];

export interface Suggestion {
  id: number;
  documentId: number;
  labelId: number;
  /** UTF-16 offsets into the document text, like an annotation's. */
  start: number;
  end: number;
  /** The span id an export gives it; accepting keeps it for the annotation. */
  uid: string;
  /** The rule that proposed it: `number.digits`, `actor.title`, `mention`, … */
  rule: string;
  /** The normalized values accepting fills in; only attributes the label has, values it allows. */
  attributes: Attributes;
  state: SuggestionState;
}

interface Row {
  id: number;
  document_id: number;
  label_id: number;
  start: number;
  end: number;
  uid: string;
  rule: string;
  attributes: string;
  state: SuggestionState;
}

const COLUMNS = 'id, document_id, label_id, start, "end", uid, rule, attributes, state';

const parseAttributes = (json: string): Attributes => JSON.parse(json) as Attributes;

/**
 * Reads stored attributes once per distinct text: a long article's
 * thousands of suggestions hold a few dozen. Those with equal values share
 * one object, which also makes the list cheaper to send across threads;
 * nothing changes a listed suggestion's values in place.
 */
function attributesReader(): (json: string) => Attributes {
  const read = new Map<string, Attributes>();
  return (json) => {
    let attributes = read.get(json);
    if (!attributes) {
      attributes = parseAttributes(json);
      read.set(json, attributes);
    }
    return attributes;
  };
}

const fromRow = (r: Row, attributes = parseAttributes): Suggestion => ({
  id: r.id,
  documentId: r.document_id,
  labelId: r.label_id,
  start: r.start,
  end: r.end,
  uid: r.uid,
  rule: r.rule,
  attributes: attributes(r.attributes),
  state: r.state,
});

export function getSuggestion(db: Db, id: number): Suggestion {
  const row = statement(db, `SELECT ${COLUMNS} FROM suggestions WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw notFound('suggestion', id);
  return fromRow(row);
}

/**
 * A document's open suggestions in reading order. One an annotation of its
 * label has come to overlap since (the annotator marked it by hand) is moot
 * and left out. The overlap is found here, not in SQL, where a subquery per
 * suggestion scanned the annotations before it each time.
 */
export function listOpenSuggestions(db: Db, documentId: number): Suggestion[] {
  documentText(db, documentId);
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM suggestions WHERE document_id = ? AND state = 'open' ORDER BY start, "end", label_id`,
  ).all(documentId) as Row[];
  if (rows.length === 0) return [];
  const annotations = statement(
    db,
    'SELECT label_id, start, "end" FROM annotations WHERE document_id = ?',
  ).all(documentId) as { label_id: number; start: number; end: number }[];
  const intervals = intervalsByLabel(annotations);
  const attributes = attributesReader();
  return rows
    .filter((r) => !intervals.get(r.label_id)?.overlaps(r.start, r.end))
    .map((r) => fromRow(r, attributes));
}

/** What listOpenSuggestions gives for `rows` just stored in a document that had no suggestions. */
export function openSuggestionsOf(
  documentId: number,
  rows: readonly {
    id: number;
    labelId: number;
    start: number;
    end: number;
    uid: string;
    rule: string;
    attributesJson: string;
  }[],
): Suggestion[] {
  const attributes = attributesReader();
  return rows
    .map((r) => ({
      id: r.id,
      documentId,
      labelId: r.labelId,
      start: r.start,
      end: r.end,
      uid: r.uid,
      rule: r.rule,
      attributes: attributes(r.attributesJson),
      state: 'open' as const,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.labelId - b.labelId);
}

export function deleteSuggestion(db: Db, id: number): void {
  statement(db, 'DELETE FROM suggestions WHERE id = ?').run(id);
}

export function setSuggestionState(db: Db, id: number, state: SuggestionState): Suggestion {
  statement(db, 'UPDATE suggestions SET state = ? WHERE id = ?').run(state, id);
  return getSuggestion(db, id);
}

/**
 * Undo of an accept: the annotation it made is gone again, and the
 * suggestion it came from is open again, under the same span id.
 */
export function reopenAccepted(db: Db, annotation: Annotation): void {
  if (annotation.origin?.kind !== 'accepted' || annotation.fragments) return;
  // One already there (the same span suggested again meanwhile) stays as it is.
  statement(
    db,
    `INSERT OR IGNORE INTO suggestions (document_id, label_id, start, "end", uid, rule, attributes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    annotation.documentId,
    annotation.labelId,
    annotation.start,
    annotation.end,
    annotation.uid,
    annotation.origin.rule ?? 'accepted',
    attributesJson(annotation.attributes),
  );
}

/** Redo of an accept: the suggestion it takes up goes again. */
export function closeAccepted(db: Db, annotation: Annotation): void {
  if (annotation.origin?.kind !== 'accepted') return;
  statement(
    db,
    `DELETE FROM suggestions WHERE document_id = ? AND label_id = ? AND start = ? AND "end" = ? AND state = 'open'`,
  ).run(annotation.documentId, annotation.labelId, annotation.start, annotation.end);
}
