/**
 * A change as it travels through the team server: named by what every
 * database shares (document SHA-256, label and role names, entity keys),
 * never by a database's own row ids. `state` is the entity after the
 * change, null when the change removed it; applying a change is setting
 * its target to that state, so applying it again changes nothing.
 * Pulled rows come from other people's machines: each is checked here.
 */
import { z } from 'zod';

const attributeValue = z.union([z.string(), z.number(), z.boolean()]);
const fragment = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

export const relationWire = z.object({
  key: z.string().min(1).max(200),
  role: z.string().min(1),
  head: z.string().min(1).max(200),
  child: z.string().min(1).max(200),
});
export type RelationWire = z.infer<typeof relationWire>;

export const annotationWire = z.object({
  uid: z.string().min(1).max(128),
  label: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  attributes: z.record(z.string(), attributeValue),
  fragments: z.array(fragment).min(2).nullable(),
  origin: z
    .object({ kind: z.enum(['manual', 'suggestion', 'accepted']), rule: z.string().nullable() })
    .nullable(),
  note: z.string().nullable(),
  flag: z.string().nullable(),
  /** Relations that came back with the annotation (an undone deletion). */
  relations: z.array(relationWire).optional(),
});
export type AnnotationWire = z.infer<typeof annotationWire>;

export const statusWire = z.object({ status: z.enum(['todo', 'in_progress', 'done']) });
export type StatusWire = z.infer<typeof statusWire>;

const common = {
  id: z.string().min(1).max(200),
  layer: z.string().min(1).max(128),
  documentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  target: z.string().min(1).max(200),
};

export const wireChange = z.discriminatedUnion('entity', [
  z.object({ ...common, entity: z.literal('annotation'), state: annotationWire.nullable() }),
  z.object({ ...common, entity: z.literal('relation'), state: relationWire.nullable() }),
  z.object({ ...common, entity: z.literal('status'), state: statusWire.nullable() }),
]);
export type WireChange = z.infer<typeof wireChange>;
