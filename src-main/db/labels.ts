import type { Db } from './connection.ts';
import { AppError, notFound } from './errors.ts';
import { isLabelName, LABEL_NAME_RULE_TEXT } from './label-name.ts';
import type { Label } from './model.ts';
import { statement } from './statements.ts';
import { newLabelColor } from '../scheme/palette.ts';
import { say } from '../text/messages/say.ts';

const COLUMNS = 'id, name, color, hotkey, position, description';

export function listLabels(db: Db): Label[] {
  return statement(db, `SELECT ${COLUMNS} FROM labels ORDER BY position, id`).all() as Label[];
}

export function getLabel(db: Db, id: number): Label {
  const row = statement(db, `SELECT ${COLUMNS} FROM labels WHERE id = ?`).get(id) as Label | undefined;
  if (!row) throw notFound('label', id);
  return row;
}

export function findLabelByName(db: Db, name: string): Label | undefined {
  return statement(db, `SELECT ${COLUMNS} FROM labels WHERE name = ?`).get(name) as Label | undefined;
}

export interface NewLabel {
  name: string;
  color?: string | undefined;
  hotkey?: string | null | undefined;
  description?: string | undefined;
}

function assertName(name: string): void {
  if (!isLabelName(name))
    throw new AppError('VALIDATION', say('refusals.label.name', { name, rule: LABEL_NAME_RULE_TEXT }));
}

function assertFree(db: Db, field: 'name' | 'hotkey', value: string, exceptId?: number): void {
  const row = statement(db, `SELECT id FROM labels WHERE ${field} = ?`).get(value) as
    { id: number } | undefined;
  if (row && row.id !== exceptId) {
    throw new AppError(
      'CONFLICT',
      field === 'name'
        ? say('refusals.label.nameTaken', { value })
        : say('refusals.label.hotkeyTaken', { value }),
    );
  }
}

export function createLabel(db: Db, input: NewLabel): Label {
  return db.transaction(() => {
    assertName(input.name);
    assertFree(db, 'name', input.name);
    if (input.hotkey) assertFree(db, 'hotkey', input.hotkey);
    const { n, maxPos } = statement(
      db,
      'SELECT count(*) AS n, coalesce(max(position), 0) AS maxPos FROM labels',
    ).get() as { n: number; maxPos: number };
    const color = input.color ?? newLabelColor(n);
    const info = statement(
      db,
      'INSERT INTO labels (name, color, hotkey, position, description) VALUES (?, ?, ?, ?, ?)',
    ).run(input.name, color.toLowerCase(), input.hotkey ?? null, maxPos + 1, input.description ?? '');
    return getLabel(db, Number(info.lastInsertRowid));
  })();
}

export interface LabelChanges {
  name?: string | undefined;
  color?: string | undefined;
  hotkey?: string | null | undefined;
  description?: string | undefined;
}

export function updateLabel(db: Db, id: number, changes: LabelChanges): Label {
  return db.transaction(() => {
    const current = getLabel(db, id);
    const next = {
      name: changes.name ?? current.name,
      color: (changes.color ?? current.color).toLowerCase(),
      hotkey: changes.hotkey === undefined ? current.hotkey : changes.hotkey,
      description: changes.description ?? current.description,
    };
    if (next.name !== current.name) {
      assertName(next.name);
      assertFree(db, 'name', next.name, id);
    }
    if (next.hotkey && next.hotkey !== current.hotkey) assertFree(db, 'hotkey', next.hotkey, id);
    statement(db, 'UPDATE labels SET name = ?, color = ?, hotkey = ?, description = ? WHERE id = ?').run(
      next.name,
      next.color,
      next.hotkey,
      next.description,
      id,
    );
    return getLabel(db, id);
  })();
}
