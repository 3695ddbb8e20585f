/**
 * Undo and redo steps that would bring back what a scheme deletion takes
 * away: an annotation with a deleted label, a relation with a deleted role.
 * Undoing such a step could only fail (its label or role is gone), and would
 * block every undo before it in that document; so a deletion is refused
 * while any exist, or forgets them when asked to. The history rows stay:
 * the log is append-only; only the stacks' pointers go.
 */
import type { Db } from '../db/connection.ts';
import { statement } from '../db/statements.ts';
import { type MainText, say } from '../text/messages/say.ts';

export interface UndoSteps {
  /** undo_stack rows. */
  ids: number[];
  documents: number;
}

function stepsWith(
  db: Db,
  entity: 'annotation' | 'relation',
  key: '$.labelId' | '$.roleId',
  id: number,
): UndoSteps {
  const rows = statement(
    db,
    `SELECT s.id, s.document_id FROM undo_stack s JOIN annotation_history h ON h.id = s.history_id
     WHERE h.entity = ? AND (h.before ->> ? = ? OR h.after ->> ? = ?)`,
  ).all(entity, key, id, key, id) as { id: number; document_id: number }[];
  return { ids: rows.map((r) => r.id), documents: new Set(rows.map((r) => r.document_id)).size };
}

export const undoStepsWithLabel = (db: Db, labelId: number): UndoSteps =>
  stepsWith(db, 'annotation', '$.labelId', labelId);

export const undoStepsWithRole = (db: Db, roleId: number): UndoSteps =>
  stepsWith(db, 'relation', '$.roleId', roleId);

/** The refusal for `name`, or null when no step would bring it back. */
export function undoRefusal(name: string, steps: UndoSteps): MainText | null {
  if (steps.ids.length === 0) return null;
  return say('scheme.undo', {
    name,
    steps: say('scheme.undoSteps', { count: steps.ids.length }),
    documents: say('scheme.documents', { count: steps.documents }),
  });
}

export function forgetUndoSteps(db: Db, steps: UndoSteps): number {
  const forget = statement(db, 'DELETE FROM undo_stack WHERE id = ?');
  for (const id of steps.ids) forget.run(id);
  return steps.ids.length;
}
