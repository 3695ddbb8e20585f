/**
 * The scheme file as written: every key of the format in the fixed order of
 * parse.ts's KEYS (so a file diffs cleanly and reads the same every time),
 * `values` on choice attributes only, labels, attributes and roles in
 * position order, two-space indented, one newline at the end.
 */
import type { Scheme, SchemeAttribute, SchemeLabel, SchemeRole } from './scheme.ts';
import { KEYS } from './parse.ts';

type Ordered<K extends readonly string[]> = Partial<Record<K[number], unknown>>;

/** An object with `keys` in their order, leaving out the undefined ones. */
function ordered<K extends readonly string[]>(keys: K, fields: Ordered<K>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = fields[key as K[number]];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

const attribute = (a: SchemeAttribute) =>
  ordered(KEYS.attribute, {
    name: a.name,
    type: a.type,
    values: a.type === 'choice' ? a.values : undefined,
    required: a.required,
    default: a.default,
  });

const label = (l: SchemeLabel) =>
  ordered(KEYS.label, {
    name: l.name,
    color: l.color,
    hotkey: l.hotkey,
    description: l.description,
    attributes: l.attributes.map(attribute),
  });

const role = (r: SchemeRole) =>
  ordered(KEYS.role, {
    name: r.name,
    hotkey: r.hotkey,
    description: r.description,
    from: r.from,
    to: r.to,
    many: r.many,
    required: r.required,
  });

export function schemeFileText(scheme: Scheme): string {
  const file = ordered(KEYS.scheme, { labels: scheme.labels.map(label), roles: scheme.roles.map(role) });
  return `${JSON.stringify(file, null, 2)}\n`;
}
