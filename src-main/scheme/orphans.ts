/**
 * Changes to the scheme that would orphan data, refused with the reason and
 * a count: the one place that decides, for the scheme editor and the scheme
 * import alike. Each answers the refusal's text, or null when the change
 * leaves every annotation and relation fitting the scheme.
 */
import type { Db } from '../db/connection.ts';
import type { AttributeDef, Label, Role } from '../db/model.ts';
import { attributeValueProblem } from '../db/scheme-read.ts';
import { countedGrouped, plural } from '../text/plural.ts';
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
): string | null {
  const held = valueCount(db, label.id, before.name);
  if (held === 0) return null;
  const what = `${label.name}.${before.name}`;
  if (before.type !== after.type)
    return `${what} cannot change from ${before.type} to ${after.type}: ${countedGrouped(held, 'annotation')} ${plural(held, 'holds', 'hold')} a value (delete the attribute with its values first, or keep the type)`;
  const def: AttributeDef = { ...after, id: 0, labelId: label.id, position: 0 };
  const misfits = valuesInUse(db, label.id, before.name).filter(
    (v) => attributeValueProblem(def, v.value) !== null,
  );
  if (misfits.length === 0) return null;
  const count = misfits.reduce((sum, v) => sum + v.count, 0);
  const values = misfits.map((v) => JSON.stringify(v.value)).join(', ');
  return `${what} would no longer allow ${values}, which ${countedGrouped(count, 'annotation')} ${plural(count, 'uses', 'use')}`;
}

export function labelDeleteRefusal(db: Db, label: Label): string | null {
  const used = annotationsWithLabel(db, label.id);
  return used === 0 ? null : `${label.name} is used by ${countedGrouped(used, 'annotation')}`;
}

export function roleDeleteRefusal(db: Db, role: Role): string | null {
  const used = relationsWithRole(db, role.id);
  return used === 0 ? null : `${role.name} is used by ${countedGrouped(used, 'relation')}`;
}

/** Narrowing a role: fewer labels it links, or one filler per event instead of many. */
export function roleChangeRefusal(
  db: Db,
  role: Role,
  next: { from: readonly number[]; to: readonly number[]; many: boolean },
): string | null {
  const reasons: string[] = [];
  const narrowed =
    role.from.some((id) => !next.from.includes(id)) || role.to.some((id) => !next.to.includes(id));
  if (narrowed) {
    const outside = relationsOutside(db, role.id, next.from, next.to);
    if (outside > 0)
      reasons.push(
        `${countedGrouped(outside, 'relation')} of ${role.name} link labels it would no longer link`,
      );
  }
  if (role.many && !next.many) {
    const several = headsWithSeveral(db, role.id);
    if (several > 0)
      reasons.push(
        `${countedGrouped(several, 'event')} ${plural(several, 'has', 'have')} more than one ${role.name}, so it cannot become one per event`,
      );
  }
  return reasons.length ? reasons.join('; ') : null;
}
