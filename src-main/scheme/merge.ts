/**
 * A scheme file merged into the database's scheme, by name: parts the file
 * names are added or updated (a key left out keeps what the database has;
 * a new part gets the key's default), parts only the database has are kept.
 * Pure: the result is checked and applied by import.ts.
 */
import type { ParsedAttribute, ParsedLabel, ParsedRole, ParsedScheme } from './parse.ts';
import type { Problem, Scheme, SchemeAttribute, SchemeLabel, SchemePaths, SchemeRole } from './scheme.ts';
import { namedPaths, problemOf } from './scheme.ts';
import { say } from '../text/messages/say.ts';

/** What happened to each kind of part, by name. */
export interface Tally {
  added: string[];
  updated: string[];
  unchanged: string[];
  /** In the database, not in the file: kept as they are. */
  kept: string[];
}

export interface Merged {
  scheme: Scheme;
  paths: SchemePaths;
  problems: Problem[];
  labels: Tally;
  attributes: Tally;
  roles: Tally;
  /** The database's part each merged one updates, or null for a new one (parallel to `scheme`). */
  before: {
    labels: (SchemeLabel | null)[];
    attributes: (SchemeAttribute | null)[][];
    roles: (SchemeRole | null)[];
  };
}

/** Stands in for the color a new label without one gets from the palette when it is created. */
export const PALETTE_COLOR = '#888888';

const tally = (): Tally => ({ added: [], updated: [], unchanged: [], kept: [] });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
/** A role's labels are a set: the order a file lists them in changes nothing. */
const sorted = (r: SchemeRole): SchemeRole => ({ ...r, from: [...r.from].sort(), to: [...r.to].sort() });

/** Takes what the file gives over what there is. */
function pick<T>(given: T | undefined, current: T): T {
  return given === undefined ? current : given;
}

/** Notes a name the file gives twice; answers whether it was seen before. */
function seenTwice(problems: Problem[], seen: Map<string, string>, name: string, path: string): boolean {
  const earlier = seen.get(name);
  if (earlier !== undefined) {
    problems.push(problemOf(`${path}.name`, say('check.also.name', { value: name, earlier }), true));
    return true;
  }
  seen.set(name, path);
  return false;
}

function mergeAttribute(
  given: ParsedAttribute,
  current: SchemeAttribute | undefined,
  path: string,
  problems: Problem[],
): SchemeAttribute {
  if (current === undefined && given.type === undefined)
    problems.push(problemOf(`${path}.type`, say('check.shape.newAttributeType')));
  const type = given.type ?? current?.type ?? 'text';
  return {
    name: given.name,
    type,
    values: pick(given.values, current?.values ?? []),
    required: pick(given.required, current?.required ?? false),
    default: pick(given.default, current?.default ?? null),
  };
}

function mergeLabel(
  given: ParsedLabel,
  current: SchemeLabel | undefined,
  path: string,
  out: Merged,
  index: number,
): SchemeLabel {
  const attributes = current ? [...current.attributes] : [];
  const paths = current ? (out.paths.attributes[index] ?? []) : [];
  const before: (SchemeAttribute | null)[] = current ? [...current.attributes] : [];
  const seen = new Map<string, string>();
  (given.attributes ?? []).forEach((a, j) => {
    const at = `${path}.attributes[${j}]`;
    if (seenTwice(out.problems, seen, a.name, at)) return;
    const k = attributes.findIndex((x) => x.name === a.name);
    const merged = mergeAttribute(a, attributes[k], at, out.problems);
    const name = `${given.name}.${a.name}`;
    if (k === -1) {
      attributes.push(merged);
      paths.push(at);
      before.push(null);
      out.attributes.added.push(name);
    } else {
      (same(attributes[k], merged) ? out.attributes.unchanged : out.attributes.updated).push(name);
      attributes[k] = merged;
      paths[k] = at;
    }
  });
  if (current)
    for (const a of current.attributes)
      if (!seen.has(a.name)) out.attributes.kept.push(`${current.name}.${a.name}`);
  out.paths.attributes[index] = paths;
  out.before.attributes[index] = before;
  return {
    name: given.name,
    color: pick(given.color?.toLowerCase(), current?.color ?? PALETTE_COLOR),
    hotkey: pick(given.hotkey, current?.hotkey ?? null),
    description: pick(given.description, current?.description ?? ''),
    attributes,
  };
}

function mergeRole(given: ParsedRole, current: SchemeRole | undefined): SchemeRole {
  return {
    name: given.name,
    hotkey: pick(given.hotkey, current?.hotkey ?? null),
    description: pick(given.description, current?.description ?? ''),
    from: pick(given.from, current?.from ?? []),
    to: pick(given.to, current?.to ?? []),
    many: pick(given.many, current?.many ?? true),
    required: pick(given.required, current?.required ?? false),
  };
}

export function mergeScheme(stored: Scheme, file: ParsedScheme): Merged {
  const named = namedPaths(stored);
  const out: Merged = {
    scheme: { labels: [...stored.labels], roles: [...stored.roles] },
    paths: {
      labels: [...named.labels],
      attributes: named.attributes.map((p) => [...p]),
      roles: [...named.roles],
    },
    problems: [],
    labels: tally(),
    attributes: tally(),
    roles: tally(),
    before: {
      labels: [...stored.labels],
      attributes: stored.labels.map((l) => [...l.attributes]),
      roles: [...stored.roles],
    },
  };
  const labelsSeen = new Map<string, string>();
  file.labels.forEach((given, i) => {
    const path = `labels[${i}]`;
    if (seenTwice(out.problems, labelsSeen, given.name, path)) return;
    const k = out.scheme.labels.findIndex((l) => l.name === given.name);
    const index = k === -1 ? out.scheme.labels.length : k;
    const merged = mergeLabel(given, out.scheme.labels[k], path, out, index);
    if (k === -1) {
      out.before.labels.push(null);
      out.labels.added.push(given.name);
    } else {
      const current = out.scheme.labels[k];
      const { attributes: _a, ...fields } = merged;
      const { attributes: _b, ...was } = current ?? merged;
      (same(fields, was) ? out.labels.unchanged : out.labels.updated).push(given.name);
    }
    out.scheme.labels[index] = merged;
    out.paths.labels[index] = path;
  });
  for (const l of stored.labels) {
    if (labelsSeen.has(l.name)) continue;
    out.labels.kept.push(l.name);
    out.attributes.kept.push(...l.attributes.map((a) => `${l.name}.${a.name}`));
  }

  const rolesSeen = new Map<string, string>();
  file.roles.forEach((given, i) => {
    const path = `roles[${i}]`;
    if (seenTwice(out.problems, rolesSeen, given.name, path)) return;
    const k = out.scheme.roles.findIndex((r) => r.name === given.name);
    const current = out.scheme.roles[k];
    if (current === undefined) {
      for (const side of ['from', 'to'] as const)
        if (given[side] === undefined)
          out.problems.push(problemOf(`${path}.${side}`, say('check.shape.newRoleLabels')));
      out.scheme.roles.push(mergeRole(given, undefined));
      out.paths.roles.push(path);
      out.before.roles.push(null);
      out.roles.added.push(given.name);
      return;
    }
    const merged = mergeRole(given, current);
    (same(sorted(merged), sorted(current)) ? out.roles.unchanged : out.roles.updated).push(given.name);
    out.scheme.roles[k] = merged;
    out.paths.roles[k] = path;
  });
  for (const r of stored.roles) if (!rolesSeen.has(r.name)) out.roles.kept.push(r.name);
  return out;
}
