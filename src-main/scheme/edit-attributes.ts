/**
 * The scheme editor's attribute calls. A rename keeps the data (the values
 * move to the new name in the label's annotations); a type change, or a
 * choice value taken away, is refused while annotations hold values it would
 * orphan; deleting an attribute that holds values needs `clearValues`, and
 * then says how many values went.
 */
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../db/errors.ts';
import { getLabel } from '../db/labels.ts';
import type { AttributeDef, AttributeType, AttributeValue, Label } from '../db/model.ts';
import { listAttributeDefs } from '../db/scheme-read.ts';
import { statement } from '../db/statements.ts';
import { clearAttributeValues, renameAttributeValues } from './attribute-values.ts';
import { assertEdit } from './edit-check.ts';
import { readStoredScheme, toSchemeAttribute } from './from-db.ts';
import { attributeChangeRefusal } from './orphans.ts';
import type { SchemeAttribute } from './scheme.ts';
import { insertAttributeRow, updateAttributeRow } from './write.ts';
import { valueCount } from './usage.ts';
import { say } from '../text/messages/say.ts';

export interface NewAttribute {
  labelId: number;
  name: string;
  type: AttributeType;
  values?: string[] | undefined;
  required?: boolean | undefined;
  default?: AttributeValue | null | undefined;
}

export type AttributeChanges = Partial<Omit<NewAttribute, 'labelId'>>;

export function getAttributeDef(db: Db, id: number): AttributeDef {
  const def = listAttributeDefs(db).find((a) => a.id === id);
  if (!def) throw notFound('attribute', id);
  return def;
}

/** Where a label's attribute sits in the stored scheme, to change it there. */
function locate(db: Db, def: AttributeDef) {
  const stored = readStoredScheme(db);
  const labelIndex = stored.labels.findIndex((l) => l.id === def.labelId);
  const attributeIndex = stored.attributes[labelIndex]?.findIndex((a) => a.id === def.id) ?? -1;
  return { stored, labelIndex, attributeIndex };
}

/** Values left under a name no attribute has (by a file, say) would be taken over by one that gets it. */
function assertNoValuesNamed(db: Db, label: Label, name: string): void {
  const held = valueCount(db, label.id, name);
  if (held > 0)
    throw new AppError('CONFLICT', say('scheme.valuesNamed', { label: label.name, name, count: held }));
}

export function createAttribute(db: Db, input: NewAttribute): AttributeDef {
  return db.transaction(() => {
    const label = getLabel(db, input.labelId);
    const attribute: SchemeAttribute = {
      name: input.name,
      type: input.type,
      values: input.values ?? [],
      required: input.required ?? false,
      default: input.default ?? null,
    };
    const stored = readStoredScheme(db);
    const index = stored.labels.findIndex((l) => l.id === label.id);
    assertEdit(stored.scheme, (next) => next.labels[index]?.attributes.push(attribute));
    assertNoValuesNamed(db, label, attribute.name);
    return getAttributeDef(db, insertAttributeRow(db, label.id, attribute));
  })();
}

export function updateAttribute(db: Db, id: number, changes: AttributeChanges): AttributeDef {
  return db.transaction(() => {
    const def = getAttributeDef(db, id);
    const label = getLabel(db, def.labelId);
    const before = toSchemeAttribute(def);
    const type = changes.type ?? before.type;
    const retyped = type !== before.type;
    const after: SchemeAttribute = {
      name: changes.name ?? before.name,
      type,
      // A new type starts without the old one's values and default, unless given.
      values: changes.values ?? (retyped ? [] : before.values),
      required: changes.required ?? before.required,
      default: changes.default !== undefined ? changes.default : retyped ? null : before.default,
    };
    const { stored, labelIndex, attributeIndex } = locate(db, def);
    assertEdit(stored.scheme, (next) => {
      const attributes = next.labels[labelIndex]?.attributes;
      if (attributes) attributes[attributeIndex] = after;
    });
    const refusal = attributeChangeRefusal(db, label, before, after);
    if (refusal) throw new AppError('CONFLICT', refusal);
    if (after.name !== before.name) {
      assertNoValuesNamed(db, label, after.name);
      renameAttributeValues(db, label.id, before.name, after.name);
    }
    updateAttributeRow(db, id, after);
    return getAttributeDef(db, id);
  })();
}

export interface DeletedAttribute {
  attribute: AttributeDef;
  /** How many annotations lost their value of it (only with `clearValues`). */
  clearedValues: number;
}

export function deleteAttribute(db: Db, id: number, clearValues = false): DeletedAttribute {
  return db.transaction(() => {
    const def = getAttributeDef(db, id);
    const label = getLabel(db, def.labelId);
    const held = valueCount(db, label.id, def.name);
    if (held > 0 && !clearValues)
      throw new AppError(
        'CONFLICT',
        say('scheme.hasValues', { label: label.name, name: def.name, count: held }),
      );
    const clearedValues = held > 0 ? clearAttributeValues(db, label.id, def.name) : 0;
    statement(db, 'DELETE FROM attribute_defs WHERE id = ?').run(id);
    return { attribute: def, clearedValues };
  })();
}
