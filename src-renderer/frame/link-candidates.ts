/**
 * Which annotations a role may link, and in which order the keyboard offers
 * them: the rule behind role keys, the mouse drag and the event frame.
 */
import type { AnnotationView, RelationView, Role } from '../../src-main/db/model.ts';
import { roleAllows } from '../../src-main/db/scheme-read.ts';
import { inTextOrder } from '../editor/segments.ts';

type Span = Pick<AnnotationView, 'id' | 'labelId' | 'start' | 'end'>;

/** The roles an annotation labelled `labelId` can be the event of, in scheme order. */
export const rolesFrom = (roles: readonly Role[], labelId: number): Role[] =>
  roles.filter((r) => r.from.includes(labelId));

/** The roles that may link `head` to `child`: the scheme's own rule (scheme-read.ts). */
export const rolesBetween = (roles: readonly Role[], head: Span, child: Span): Role[] =>
  head.id === child.id ? [] : roles.filter((r) => roleAllows(r, head.labelId, child.labelId));

/** Characters between two spans; 0 when they touch or overlap. */
export function distance(a: Span, b: Span): number {
  if (b.start >= a.end) return b.start - a.end;
  if (a.start >= b.end) return a.start - b.end;
  return 0;
}

/**
 * The annotations `role` could link `head` to: those with one of the role's
 * `to` labels, not the event itself and not already filling this role of
 * it; nearest to the event first (by characters), ties in reading order.
 */
export function candidatesFor<T extends Span>(
  role: Role,
  head: Span,
  annotations: readonly T[],
  relations: readonly RelationView[],
): T[] {
  const filled = new Set(
    relations.filter((r) => r.headId === head.id && r.roleId === role.id).map((r) => r.childId),
  );
  return annotations
    .filter((a) => a.id !== head.id && roleAllows(role, head.labelId, a.labelId) && !filled.has(a.id))
    .sort((a, b) => distance(head, a) - distance(head, b) || inTextOrder(a, b));
}

/** The index `step` places on from `index` in a list of `length`, wrapping round. */
export const stepIndex = (index: number, step: 1 | -1, length: number): number =>
  length === 0 ? -1 : (index + step + length) % length;
