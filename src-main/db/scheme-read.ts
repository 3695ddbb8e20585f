/**
 * The annotation scheme as the writers check against it: a label's
 * attributes and the roles between labels, read from the tables of
 * migration 5. One reader for the editor's writes, the import and the
 * scheme export, so they agree on what the scheme allows.
 */
import type { Db } from './connection.ts';
import { isPublishedDate } from '../text/date.ts';
import type { AttributeDef, AttributeType, AttributeValue, Role } from './model.ts';
import { statement } from './statements.ts';
import { english, type MainText, say } from '../text/messages/say.ts';

interface AttributeDefRow {
  id: number;
  label_id: number;
  name: string;
  type: AttributeType;
  choices: string;
  required: number;
  default_value: string | null;
  position: number;
}

const toAttributeDef = (r: AttributeDefRow): AttributeDef => ({
  id: r.id,
  labelId: r.label_id,
  name: r.name,
  type: r.type,
  values: JSON.parse(r.choices) as string[],
  required: r.required === 1,
  default: r.default_value === null ? null : (JSON.parse(r.default_value) as AttributeValue),
  position: r.position,
});

/** Every attribute of every label, by label then position. */
export function listAttributeDefs(db: Db): AttributeDef[] {
  const rows = statement(
    db,
    'SELECT id, label_id, name, type, choices, required, default_value, position FROM attribute_defs ORDER BY label_id, position, id',
  ).all() as AttributeDefRow[];
  return rows.map(toAttributeDef);
}

interface RoleRow {
  id: number;
  name: string;
  hotkey: string | null;
  description: string;
  many: number;
  required: number;
  position: number;
}

/** Every role, by position, with the labels it links. */
export function listRoles(db: Db): Role[] {
  const rows = statement(
    db,
    'SELECT id, name, hotkey, description, many, required, position FROM roles ORDER BY position, id',
  ).all() as RoleRow[];
  const sides = statement(
    db,
    'SELECT role_id, side, label_id FROM role_labels ORDER BY role_id, label_id',
  ).all() as {
    role_id: number;
    side: 'from' | 'to';
    label_id: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    hotkey: r.hotkey,
    description: r.description,
    many: r.many === 1,
    required: r.required === 1,
    from: sides.filter((s) => s.role_id === r.id && s.side === 'from').map((s) => s.label_id),
    to: sides.filter((s) => s.role_id === r.id && s.side === 'to').map((s) => s.label_id),
    position: r.position,
  }));
}

/** Whether `role` may link an annotation labelled `headLabelId` to one labelled `childLabelId`. */
export const roleAllows = (role: Role, headLabelId: number, childLabelId: number): boolean =>
  role.from.includes(headLabelId) && role.to.includes(childLabelId);

/** Whether `value` may be the value of attribute `def` (attributeValueRefusal says why not). */
export function attributeValueFits(def: AttributeDef, value: unknown): boolean {
  switch (def.type) {
    case 'choice':
      return typeof value === 'string' && def.values.includes(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'text':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' && isPublishedDate(value);
  }
}

/**
 * Why `value` cannot be the value of attribute `def`, or null. The one check
 * for a value, whether the editor sets it or a file brings it.
 */
export function attributeValueRefusal(def: AttributeDef, value: unknown): MainText | null {
  if (attributeValueFits(def, value)) return null;
  const params = { value: JSON.stringify(value), name: def.name };
  switch (def.type) {
    case 'choice':
      return say('refusals.attributeValue.choice', {
        ...params,
        values: def.values.map((v) => JSON.stringify(v)).join(', '),
      });
    case 'boolean':
      return say('refusals.attributeValue.boolean', params);
    case 'number':
      return say('refusals.attributeValue.number', params);
    case 'text':
      return say('refusals.attributeValue.text', params);
    case 'date':
      return say('refusals.attributeValue.date', params);
  }
}

/** The same in English (the CLI, the scheme file's checks). */
export function attributeValueProblem(def: AttributeDef, value: unknown): string | null {
  const refusal = attributeValueRefusal(def, value);
  return refusal === null ? null : english(refusal);
}
