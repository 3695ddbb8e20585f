/** The database's scheme by name, with the rows it came from (for writes that follow). */
import type { Db } from '../db/connection.ts';
import { listLabels } from '../db/labels.ts';
import type { AttributeDef, Label, Role } from '../db/model.ts';
import { listAttributeDefs, listRoles } from '../db/scheme-read.ts';
import type { Scheme, SchemeAttribute, SchemeLabel, SchemeRole } from './scheme.ts';

export interface StoredScheme {
  scheme: Scheme;
  /** Parallel to `scheme.labels`, its attributes, and `scheme.roles`. */
  labels: Label[];
  attributes: AttributeDef[][];
  roles: Role[];
}

export const toSchemeAttribute = (a: AttributeDef): SchemeAttribute => ({
  name: a.name,
  type: a.type,
  values: a.values,
  required: a.required,
  default: a.default,
});

/** The labels, attributes and roles of the database, each in position order. */
export function readStoredScheme(db: Db): StoredScheme {
  const labels = listLabels(db);
  const defs = listAttributeDefs(db);
  const roles = listRoles(db);
  const attributes = labels.map((l) =>
    defs.filter((a) => a.labelId === l.id).sort((a, b) => a.position - b.position || a.id - b.id),
  );
  const names = (ids: number[]): string[] => labels.filter((l) => ids.includes(l.id)).map((l) => l.name);
  const schemeLabels: SchemeLabel[] = labels.map((l, i) => ({
    name: l.name,
    color: l.color,
    hotkey: l.hotkey,
    description: l.description,
    attributes: (attributes[i] ?? []).map(toSchemeAttribute),
  }));
  const schemeRoles: SchemeRole[] = roles.map((r) => ({
    name: r.name,
    hotkey: r.hotkey,
    description: r.description,
    // In the labels' order, so a file lists them as the label bar does.
    from: names(r.from),
    to: names(r.to),
    many: r.many,
    required: r.required,
  }));
  return { scheme: { labels: schemeLabels, roles: schemeRoles }, labels, attributes, roles };
}
