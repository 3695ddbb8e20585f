/**
 * Accepting and rejecting suggestions. Accepting makes an annotation in the
 * accepting annotator's layer, under the suggestion's span id, with origin
 * `{kind: 'accepted', rule}` and the normalized values the label allows
 * filled in; it is logged in the history like any new annotation, so undo
 * takes it back, and then the suggestion is open again (history.ts calls
 * `reopenAccepted`, suggestion-rows.ts). A rejected suggestion stays, so no run proposes it again.
 */
import type { Db } from './connection.ts';
import { AppError } from './errors.ts';
import type { Annotation } from './model.ts';
import { insertRow } from './annotation-rows.ts';
import { record } from './history.ts';
import { getLabel } from './labels.ts';
import { startDocument } from './status.ts';
import {
  deleteSuggestion,
  getSuggestion,
  listOpenSuggestions,
  setSuggestionState,
  type Suggestion,
} from './suggestion-rows.ts';
import { attributeFilter } from './suggestion-store.ts';
import { asOneStep } from './undo-stack.ts';
import { say } from '../text/messages/say.ts';

function openSuggestion(db: Db, id: number): Suggestion {
  const s = getSuggestion(db, id);
  if (s.state !== 'open') throw new AppError('CONFLICT', say('refusals.suggestion.rejected', { id }));
  return s;
}

function acceptOne(
  db: Db,
  s: Suggestion,
  annotator: string | null,
  filter: ReturnType<typeof attributeFilter>,
): Annotation {
  deleteSuggestion(db, s.id);
  const created = insertRow(db, {
    documentId: s.documentId,
    labelId: s.labelId,
    start: s.start,
    end: s.end,
    uid: s.uid,
    annotator,
    // The scheme may have changed since the run: only what it allows now.
    attributes: filter(s.labelId, s.attributes),
    origin: { kind: 'accepted', rule: s.rule },
  });
  record(
    db,
    {
      entity: 'annotation',
      annotationId: created.id,
      documentId: s.documentId,
      action: 'create',
      origin: 'edit',
    },
    null,
    created,
  );
  return created;
}

/** Accepts one open suggestion into `annotator`'s layer; one undo step. */
export function acceptSuggestion(db: Db, id: number, annotator: string | null): Annotation {
  return db.transaction(() => {
    const created = acceptOne(db, openSuggestion(db, id), annotator, attributeFilter(db));
    startDocument(db, created.documentId, created.annotator);
    return created;
  })();
}

/**
 * Accepts every open suggestion of a label in a document, in text order, in
 * one transaction and as one undo step: one command, one Ctrl+Z.
 */
export function acceptAllSuggestions(
  db: Db,
  documentId: number,
  labelId: number,
  annotator: string | null,
): Annotation[] {
  return db.transaction(() =>
    asOneStep(db, () => {
      getLabel(db, labelId);
      const filter = attributeFilter(db);
      const created = listOpenSuggestions(db, documentId)
        .filter((s) => s.labelId === labelId)
        .map((s) => acceptOne(db, s, annotator, filter));
      if (created.length > 0) startDocument(db, documentId, annotator);
      return created;
    }),
  )();
}

/** Rejects a suggestion: it stays, rejected, and is never proposed again. */
export function rejectSuggestion(db: Db, id: number): Suggestion {
  return db.transaction(() => setSuggestionState(db, openSuggestion(db, id).id, 'rejected'))();
}
