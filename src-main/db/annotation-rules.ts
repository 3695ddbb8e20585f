/**
 * What an annotation's writer checks before it stores: offsets against the
 * text, fragments, attribute values against the label's attributes, and
 * that a new label keeps the annotation's values and relations meaningful.
 * Each refusal is an AppError whose message says what to do.
 */
import type { Db } from './connection.ts';
import { AppError } from './errors.ts';
import type { Annotation, Attributes, AttributeValue, Fragment, Label } from './model.ts';
import { attributeValueRefusal, listAttributeDefs, listRoles, roleAllows } from './scheme-read.ts';
import { relationsOf } from './relation-rows.ts';
import { findAnnotation } from './annotation-rows.ts';
import { getLabel } from './labels.ts';
import { splitsSurrogatePair } from '../text/offsets.ts';
import { type MainText, say } from '../text/messages/say.ts';

/** Why a span cannot lie in `text`, or null. */
function spanProblem(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'offsets must be integers';
  if (start < 0) return `start ${start} is negative`;
  if (end <= start) return `end ${end} must be greater than start ${start}`;
  if (end > text.length) return `end ${end} is past the end of the text (${text.length})`;
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end))
    return 'the span splits a character (a surrogate pair) in two';
  return null;
}

/** Checks a span against its document's text; throws VALIDATION with the reason. */
export function assertValidSpan(text: string, start: number, end: number): void {
  const problem = spanProblem(text, start, end);
  if (problem) throw new AppError('VALIDATION', problem);
}

/**
 * Checks the fragments of a discontinuous annotation and returns their
 * extent. Fragments that touch are refused like overlapping ones: together
 * they cover one unbroken stretch, which is one fragment.
 */
export function assertValidFragments(text: string, fragments: readonly Fragment[]): Fragment {
  if (fragments.length < 2) throw new AppError('VALIDATION', say('refusals.annotation.oneFragment'));
  fragments.forEach(([start, end], i) => {
    const problem = spanProblem(text, start, end);
    if (problem) throw new AppError('VALIDATION', `fragment ${i + 1}: ${problem}`);
    const previous = fragments[i - 1];
    if (previous && start <= previous[1]) {
      const how = start === previous[1] ? `touches fragment ${i} at ${start}` : `overlaps fragment ${i}`;
      throw new AppError(
        'VALIDATION',
        `fragment ${i + 1} (${start}-${end}) ${how}; fragments must be in text order with text between them`,
      );
    }
  });
  const starts = fragments.map(([start]) => start);
  const ends = fragments.map(([, end]) => end);
  return [Math.min(...starts), Math.max(...ends)];
}

/** A label's attributes by name. */
function attributesOf(db: Db, labelId: number): Map<string, ReturnType<typeof listAttributeDefs>[number]> {
  return new Map(
    listAttributeDefs(db)
      .filter((d) => d.labelId === labelId)
      .map((d) => [d.name, d]),
  );
}

/**
 * `current` with `patch` applied: a value sets an attribute, null unsets it.
 * Every value set must be one the label's attribute allows.
 */
export function patchAttributes(
  db: Db,
  label: Label,
  current: Attributes,
  patch: Readonly<Record<string, AttributeValue | null>>,
): Attributes {
  // Most edits set no attribute: they need not read the scheme.
  if (Object.keys(patch).length === 0) return current;
  const defs = attributesOf(db, label.id);
  // A Map, so that no name (not even "__proto__") is mistaken for a property of the object.
  const next = new Map(Object.entries(current));
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) {
      next.delete(name);
      continue;
    }
    const def = defs.get(name);
    if (!def) {
      const known = [...defs.keys()];
      throw new AppError(
        'VALIDATION',
        known.length
          ? say('refusals.annotation.noAttributeOf', { label: label.name, name, known: known.join(', ') })
          : say('refusals.annotation.noAttribute', { label: label.name, name }),
      );
    }
    const problem = attributeValueRefusal(def, value);
    if (problem) throw new AppError('VALIDATION', problem);
    next.set(name, value);
  }
  return Object.fromEntries(next);
}

/**
 * A new label must define every attribute value the annotation keeps and be
 * allowed by the role of every relation it is part of: nothing is dropped
 * to make a relabel fit.
 */
export function assertRelabelKeeps(db: Db, before: Annotation, label: Label, attributes: Attributes): void {
  const defs = attributesOf(db, label.id);
  const undefinedNames = Object.keys(attributes).filter((n) => !defs.has(n));
  if (undefinedNames.length > 0)
    throw new AppError(
      'VALIDATION',
      say('refusals.annotation.relabelValues', {
        label: label.name,
        names: undefinedNames.join(', '),
        count: undefinedNames.length,
      }),
    );
  const roles = new Map(listRoles(db).map((r) => [r.id, r]));
  const broken = relationsOf(db, before.id).filter((r) => {
    const role = roles.get(r.roleId);
    if (!role) return false;
    const other = findAnnotation(db, r.headId === before.id ? r.childId : r.headId);
    if (!other) return false;
    return r.headId === before.id
      ? !roleAllows(role, label.id, other.labelId)
      : !roleAllows(role, other.labelId, label.id);
  });
  if (broken.length > 0) {
    const names = [...new Set(broken.map((r) => roles.get(r.roleId)?.name))].join(', ');
    throw new AppError(
      'VALIDATION',
      say('refusals.annotation.relabelRelations', { label: label.name, roles: names, count: broken.length }),
    );
  }
}

/** An annotation as a message names it: label, a bit of its text, and its span id. */
export function describeAnnotation(db: Db, a: Annotation, text: string): MainText {
  const covered = [...text.slice(a.start, a.end)];
  const excerpt = covered.length > 40 ? `${covered.slice(0, 39).join('')}…` : covered.join('');
  return say('refusals.annotation.described', { label: getLabel(db, a.labelId).name, excerpt, id: a.uid });
}
