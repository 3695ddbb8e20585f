/**
 * The scheme editor's form logic, apart from React: what a field's text
 * means, and which fields a save sends. The database checks every value
 * again (src-main/db/scheme-read.ts); these only shape what is sent.
 */
import type { TFunction } from 'i18next';
import type { AttributeDef, AttributeType, AttributeValue, Label } from '../../src-main/db/model.ts';
import { CHOICE_VALUE_MAX, choiceValueProblem } from '../../src-main/scheme/rules.ts';

/** The scheme editor's wording, passed in so this logic stays apart from React and the window. */
export type SchemeT = TFunction<['scheme']>;

/** A hotkey field: empty means no hotkey; one character is kept as typed, for the database to check. */
export const hotkeyOf = (input: string): string | null => (input.trim() === '' ? null : input.trim());

/** The fields of `draft` that differ from `saved`: a save sends only what the user changed. */
export function changedFields<T extends object>(saved: T, draft: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (JSON.stringify(draft[key]) !== JSON.stringify(saved[key])) changed[key] = draft[key];
  }
  return changed;
}

/**
 * The default an attribute's default field stands for, by the attribute's
 * type: empty is no default; a number field must read as a number.
 */
export function parseDefault(
  t: SchemeT,
  type: AttributeType,
  input: string,
): { value: AttributeValue | null } | { problem: string } {
  if (input === '') return { value: null };
  switch (type) {
    case 'boolean':
      if (input === 'true' || input === 'false') return { value: input === 'true' };
      return { problem: t('scheme:attribute.booleanDefault') };
    case 'number': {
      const n = Number(input.trim());
      if (input.trim() === '' || !Number.isFinite(n))
        return { problem: t('scheme:attribute.notNumber', { input }) };
      return { value: n };
    }
    default:
      return { value: input };
  }
}

/** The text a default shows in its field (the reverse of parseDefault). */
export const defaultText = (value: AttributeValue | null): string => (value === null ? '' : String(value));

/** `list` with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  const next = [...list];
  const item = next[index];
  if (item === undefined || to < 0 || to >= next.length) return next;
  next.splice(index, 1);
  next.splice(to, 0, item);
  return next;
}

/** A value added to a choice list: trimmed; refused when empty or already there. */
export function addChoice(
  t: SchemeT,
  values: readonly string[],
  input: string,
): { values: string[] } | { problem: string } {
  const value = input.trim();
  if (value === '') return { problem: t('scheme:values.empty') };
  // Trimmed already: the rule's only other refusal is the length.
  if (choiceValueProblem(value)) return { problem: t('scheme:values.tooLong', { max: CHOICE_VALUE_MAX }) };
  if (values.includes(value)) return { problem: t('scheme:values.taken', { value }) };
  return { values: [...values, value] };
}

/** Label names for ids, in the scheme's order: how a role's sides read in the list. */
export const labelNamesOf = (t: SchemeT, ids: readonly number[], labels: readonly Label[]): string =>
  labels
    .filter((l) => ids.includes(l.id))
    .map((l) => l.name)
    .join(', ') || t('scheme:role.noLabels');

/** How an attribute reads in its label's list: `polarity (choice: positive, negative), required`. */
export function attributeSummary(t: SchemeT, def: AttributeDef): string {
  const type =
    def.type === 'choice'
      ? t('scheme:attribute.summaryChoice', { values: def.values.join(', ') })
      : typeName(t, def.type);
  const extra = [
    def.required ? t('scheme:attribute.summaryRequired') : '',
    def.default === null ? '' : t('scheme:attribute.summaryDefault', { value: String(def.default) }),
  ];
  return [t('scheme:attribute.summary', { name: def.name, type }), ...extra.filter(Boolean)].join(', ');
}

/** How each attribute type is named in the type menu. */
export function typeName(t: SchemeT, type: AttributeType): string {
  switch (type) {
    case 'choice':
      return t('scheme:type.choice');
    case 'boolean':
      return t('scheme:type.boolean');
    case 'number':
      return t('scheme:type.number');
    case 'text':
      return t('scheme:type.text');
    case 'date':
      return t('scheme:type.date');
  }
}

/**
 * The count in a refusal to delete an attribute that annotations hold values
 * of ("EVENT.tense has a value on 1,234 annotations; …"), for the button that
 * offers to clear them; null when the reason names none.
 */
export function heldValues(reason: string): number | null {
  const match = /([\d,]+) annotations?\b/.exec(reason);
  return match?.[1] ? Number(match[1].replaceAll(',', '')) : null;
}
