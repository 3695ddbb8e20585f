/**
 * Changes to the scheme that would orphan data, refused with the reason and
 * a count: the one place that decides, for the scheme editor and the scheme
 * import alike. Each answers the refusal's text, or null when the change
 * leaves every annotation and relation fitting the scheme.
 */
import type { Db } from '../db/connection.ts';
import type { AttributeDef, Label, Role } from '../db/model.ts';
import { attributeValueProblem } from '../db/scheme-read.ts';
import { type MainText, say } from '../text/messages/say.ts';
import type { SchemeAttribute } from './scheme.ts';
import {
  annotationsWithLabel,
  headsWithSeveral,
  relationsOutside,
  relationsWithRole,
  valueCount,
  valuesInUse,
} from './usage.ts';

/** Changing attribute `before` of `label` to `after` (its name aside: a rename carries the values along). */
export function attributeChangeRefusal(
  db: Db,
  label: Label,
  before: SchemeAttribute,
  after: SchemeAttribute,
): MainText | null {
  const held = valueCount(db, label.id, before.name);
  if (held === 0) return null;
  const what = `${label.name}.${before.name}`;
  if (before.type !== after.type)
    return say('scheme.typeChange', { what, from: before.type, to: after.type, count: held });
  const def: AttributeDef = { ...after, id: 0, labelId: label.id, position: 0 };
  const misfits = valuesInUse(db, label.id, before.name).filter(
    (v) => attributeValueProblem(def, v.value) !== null,
  );
  if (misfits.length === 0) return null;
  const count = misfits.reduce((sum, v) => sum + v.count, 0);
  const values = misfits.map((v) => JSON.stringify(v.value)).join(', ');
  return say('scheme.noLongerAllows', { what, values, count });
}

export function labelDeleteRefusal(db: Db, label: Label): MainText | null {
  const used = annotationsWithLabel(db, label.id);
  return used === 0 ? null : say('scheme.labelUsed', { label: label.name, count: used });
}

export function roleDeleteRefusal(db: Db, role: Role): MainText | null {
  const used = relationsWithRole(db, role.id);
  return used === 0 ? null : say('scheme.roleUsed', { role: role.name, count: used });
}

/** Narrowing a role: fewer labels it links, or one filler per event instead of many. */
export function roleChangeRefusal(
  db: Db,
  role: Role,
  next: { from: readonly number[]; to: readonly number[]; many: boolean },
): MainText | null {
  const reasons: MainText[] = [];
  const narrowed =
    role.from.some((id) => !next.from.includes(id)) || role.to.some((id) => !next.to.includes(id));
  if (narrowed) {
    const outside = relationsOutside(db, role.id, next.from, next.to);
    if (outside > 0) reasons.push(say('scheme.roleOutside', { role: role.name, count: outside }));
  }
  if (role.many && !next.many) {
    const several = headsWithSeveral(db, role.id);
    if (several > 0) reasons.push(say('scheme.roleSeveral', { role: role.name, count: several }));
  }
  const [first, second] = reasons;
  if (!first) return null;
  return second ? say('scheme.joined', { first, rest: second }) : first;
}
