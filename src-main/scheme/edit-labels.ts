/**
 * The scheme editor's label calls. Creating and changing a label also checks
 * it against the rest of the scheme (a hotkey a role has, in any case);
 * deleting one is refused while annotations use it or a role would be left
 * linking nothing.
 */
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../db/errors.ts';
import { createLabel, getLabel, updateLabel, type LabelChanges, type NewLabel } from '../db/labels.ts';
import type { Label } from '../db/model.ts';
import { statement } from '../db/statements.ts';
import { assertEdit } from './edit-check.ts';
import { readStoredScheme } from './from-db.ts';
import { labelDeleteRefusal } from './orphans.ts';
import { forgetUndoSteps, undoRefusal, undoStepsWithLabel } from './undo-steps.ts';
import { say } from '../text/messages/say.ts';

/** Stands in for a color createLabel picks itself: any valid one passes the check the same way. */
const SOME_COLOR = '#888888';

export function createLabelChecked(db: Db, input: NewLabel): Label {
  return db.transaction(() => {
    assertEdit(readStoredScheme(db).scheme, (next) =>
      next.labels.push({
        name: input.name,
        color: input.color ?? SOME_COLOR,
        hotkey: input.hotkey ?? null,
        description: input.description ?? '',
        attributes: [],
      }),
    );
    return createLabel(db, input);
  })();
}

export function updateLabelChecked(db: Db, id: number, changes: LabelChanges): Label {
  return db.transaction(() => {
    const stored = readStoredScheme(db);
    const index = stored.labels.findIndex((l) => l.id === id);
    if (index === -1) throw notFound('label', id);
    assertEdit(stored.scheme, (next) => {
      const label = next.labels[index];
      if (!label) return;
      const renamed = changes.name ?? label.name;
      // Roles name their labels: a rename carries over.
      const rename = (names: string[]): string[] => names.map((n) => (n === label.name ? renamed : n));
      for (const role of next.roles) Object.assign(role, { from: rename(role.from), to: rename(role.to) });
      Object.assign(label, {
        name: renamed,
        color: changes.color ?? label.color,
        hotkey: changes.hotkey === undefined ? label.hotkey : changes.hotkey,
        description: changes.description ?? label.description,
      });
    });
    return updateLabel(db, id, changes);
  })();
}

export interface DeletedLabel extends Label {
  /** Undo and redo steps dropped with it (only with `forgetUndo`). */
  forgottenUndoSteps: number;
}

/** Deletes an unused label, with its attributes and its place in roles. */
export function deleteLabel(db: Db, id: number, forgetUndo = false): DeletedLabel {
  return db.transaction(() => {
    const label = getLabel(db, id);
    const refusal = labelDeleteRefusal(db, label);
    if (refusal) throw new AppError('CONFLICT', say('scheme.labelDelete', { refusal }));
    const stored = readStoredScheme(db);
    for (const role of stored.roles) {
      for (const side of ['from', 'to'] as const) {
        if (role[side].length === 1 && role[side][0] === id)
          throw new AppError(
            'CONFLICT',
            say(side === 'from' ? 'scheme.onlyLabelFrom' : 'scheme.onlyLabelTo', {
              label: label.name,
              role: role.name,
            }),
          );
      }
    }
    const steps = undoStepsWithLabel(db, id);
    const undoing = undoRefusal(label.name, steps);
    if (undoing && !forgetUndo) throw new AppError('CONFLICT', undoing);
    const forgottenUndoSteps = forgetUndoSteps(db, steps);
    statement(db, 'DELETE FROM labels WHERE id = ?').run(id);
    return { ...label, forgottenUndoSteps };
  })();
}
