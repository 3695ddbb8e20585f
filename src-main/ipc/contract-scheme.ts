/**
 * The scheme editor's calls: part of the one contract (contract.ts spreads
 * them into its `requests` and `Responses`), kept in a file of their own as
 * the handlers are grouped per domain.
 */
import { z } from 'zod';
import { ATTRIBUTE_TYPES, type AttributeDef, type Label, type Role } from '../db/model.ts';
import {
  CHOICE_VALUE_MAX,
  CHOICES_MAX,
  COLOR,
  COLOR_RULE,
  DESCRIPTION_MAX,
  HOTKEY,
  HOTKEY_RULE,
  NAME,
  NAME_RULE,
} from '../scheme/rules.ts';
import type { DeletedAttribute } from '../scheme/edit-attributes.ts';
import type { DeletedLabel } from '../scheme/edit-labels.ts';
import type { DeletedRole } from '../scheme/edit-roles.ts';
import type { SchemeImportReply } from '../scheme/transfer.ts';
import type { Cancellable } from './contract.ts';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const schemeName = z.string().regex(NAME, `use ${NAME_RULE}`);
export const schemeColor = z.string().regex(COLOR, COLOR_RULE);
export const schemeHotkey = z.string().regex(HOTKEY, HOTKEY_RULE).nullable();
export const schemeDescription = z.string().max(DESCRIPTION_MAX);
const attributeType = z.enum(ATTRIBUTE_TYPES);
const choiceValues = z.array(z.string().max(CHOICE_VALUE_MAX)).max(CHOICES_MAX);
const attributeValue = z.union([z.string().max(DESCRIPTION_MAX), z.number(), z.boolean()]).nullable();
const labelIds = z.array(id).min(1).max(1000);

/** The schemes that come with the app (resources/schemes/NAME.json). */
export const BUNDLED_SCHEMES = ['news-events'] as const;

const somethingToChange = <T extends Record<string, unknown>>(r: T): boolean =>
  Object.entries(r).some(([k, v]) => k !== 'id' && v !== undefined);

export const schemeRequests = {
  'scheme.get': z.strictObject({}),
  'labels.delete': z.strictObject({ id, forgetUndo: z.boolean().default(false) }),
  'attributes.create': z.strictObject({
    labelId: id,
    name: schemeName,
    type: attributeType,
    values: choiceValues.optional(),
    required: z.boolean().optional(),
    default: attributeValue.optional(),
  }),
  'attributes.update': z
    .strictObject({
      id,
      name: schemeName.optional(),
      type: attributeType.optional(),
      values: choiceValues.optional(),
      required: z.boolean().optional(),
      default: attributeValue.optional(),
    })
    .refine(somethingToChange, { message: 'nothing to change' }),
  'attributes.delete': z.strictObject({ id, clearValues: z.boolean().default(false) }),
  'roles.create': z.strictObject({
    name: schemeName,
    hotkey: schemeHotkey.optional(),
    description: schemeDescription.optional(),
    from: labelIds,
    to: labelIds,
    many: z.boolean().optional(),
    required: z.boolean().optional(),
  }),
  'roles.update': z
    .strictObject({
      id,
      name: schemeName.optional(),
      hotkey: schemeHotkey.optional(),
      description: schemeDescription.optional(),
      from: labelIds.optional(),
      to: labelIds.optional(),
      many: z.boolean().optional(),
      required: z.boolean().optional(),
    })
    .refine(somethingToChange, { message: 'nothing to change' }),
  'roles.delete': z.strictObject({ id, forgetUndo: z.boolean().default(false) }),
  /** Writes the scheme file to a path the user picks in a save dialog. */
  'scheme.export': z.strictObject({}),
  /** Merges a scheme file the user picks, or one that comes with the app, into the database. */
  'scheme.import': z.union([
    z.strictObject({ from: z.literal('file') }),
    z.strictObject({ from: z.literal('bundled'), name: z.enum(BUNDLED_SCHEMES) }),
  ]),
};

/** The whole scheme as the editor shows it: each list in position order. */
export interface SchemeView {
  labels: Label[];
  attributes: AttributeDef[];
  roles: Role[];
}

export interface SchemeResponses {
  'scheme.get': SchemeView;
  'labels.delete': DeletedLabel;
  'attributes.create': AttributeDef;
  'attributes.update': AttributeDef;
  'attributes.delete': DeletedAttribute;
  'roles.create': Role;
  'roles.update': Role;
  'roles.delete': DeletedRole;
  'scheme.export': Cancellable<{ path: string }>;
  'scheme.import': Cancellable<SchemeImportReply>;
}
