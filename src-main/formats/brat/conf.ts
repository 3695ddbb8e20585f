/**
 * brat's `annotation.conf` for the scheme: labels as entities, roles as
 * relations (head = Arg1), attributes by name over the labels that have
 * them. brat lists every value a multi-valued attribute may take; number,
 * text and date attributes have no such list, so they list the values the
 * export wrote.
 */
import type { SchemeForFormats } from '../types.ts';
import { isToken } from './standoff.ts';

/** The values written per attribute name, as A lines wrote them. */
export type ValuesSeen = Map<string, Set<string>>;

/** A value annotation.conf can list: one word without the separators its lines use. */
const isConfWord = (s: string): boolean => isToken(s) && !/[,|:]/.test(s);

/** brat's word for "any entity type", for a role open to every label. */
const ANY_ENTITY = '<ENTITY>';

const typeList = (labels: readonly string[]): string =>
  labels.length === 0 ? ANY_ENTITY : labels.filter(isToken).join('|');

function attributeLines(scheme: SchemeForFormats, seen: ValuesSeen): string[] {
  const byName = new Map<string, { labels: string[]; binary: boolean; values: Set<string> }>();
  for (const label of scheme.labels) {
    for (const a of label.attributes) {
      const entry = byName.get(a.name) ?? { labels: [], binary: true, values: new Set<string>() };
      entry.labels.push(label.name);
      if (a.type !== 'boolean') entry.binary = false;
      for (const v of a.values) entry.values.add(v);
      byName.set(a.name, entry);
    }
  }
  const lines: string[] = [];
  for (const [name, entry] of byName) {
    if (!isToken(name)) continue;
    const arg = `Arg:${typeList(entry.labels)}`;
    if (entry.binary) {
      lines.push(`${name}\t${arg}`);
      continue;
    }
    const values = [...entry.values, ...(seen.get(name) ?? [])].filter(isConfWord);
    // A multi-valued attribute with nothing to list has nothing brat could show.
    if (values.length > 0) lines.push(`${name}\t${arg}, Value:${[...new Set(values)].join('|')}`);
  }
  return lines;
}

export function annotationConf(scheme: SchemeForFormats, seen: ValuesSeen): string {
  const entities = scheme.labels.map((l) => l.name).filter(isToken);
  const relations = scheme.roles
    .filter((r) => isToken(r.name))
    .map((r) => `${r.name}\tArg1:${typeList(r.from)}, Arg2:${typeList(r.to)}`);
  const sections = [
    ['[entities]', ...entities],
    ['[relations]', ...relations],
    ['[events]'],
    ['[attributes]', ...attributeLines(scheme, seen)],
  ];
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
