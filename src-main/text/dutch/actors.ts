/**
 * The ACTOR rules: country and territory names (`actor.country`, kind
 * country), a title followed by a name (`actor.title`, kind person; see
 * actor-titles.ts), and the corpus's own ACTOR annotations as a gazetteer
 * (`actor.mention`, with the kind annotators gave that text most often).
 * The names are matched by one expression built once per run
 * (name-matcher.ts), not once per document.
 */
import { countryNames } from './actor-countries.ts';
import { findTitledPersons, type ActorAttributes } from './actor-titles.ts';
import type { Mention } from './mention.ts';
import { nameMatcher } from './name-matcher.ts';

export type { ActorAttributes } from './actor-titles.ts';
/** What the ACTOR rules find; `kind` is left out when the gazetteer knows none. */
export type ActorMention = Mention<Partial<ActorAttributes>>;

/** A text annotators marked as ACTOR somewhere in the corpus, with the kind they gave it most often. */
export interface GazetteerEntry {
  text: string;
  kind: ActorAttributes['kind'] | null;
}

/** Rule precedence where two ACTOR rules find overlapping spans: the corpus's own marks first. */
const RANK: Record<string, number> = { 'actor.mention': 0, 'actor.title': 1, 'actor.country': 2 };

/** Whether `found` is in text order with no two overlapping, as most rules return it. */
function inOrderApart(found: readonly { start: number; end: number }[]): boolean {
  let reach = -1;
  for (const m of found) {
    if (m.start < reach || m.start >= m.end) return false;
    reach = m.end;
  }
  return true;
}

/** Keeps, of overlapping mentions, the one that starts first; then the longer; then by rank. */
export function withoutOverlaps<M extends { start: number; end: number; rule: string }>(found: M[]): M[] {
  // Sorting such a list would keep every mention in the same order.
  if (inOrderApart(found)) return found;
  const sorted = [...found].sort(
    (a, b) => a.start - b.start || b.end - a.end || (RANK[a.rule] ?? 9) - (RANK[b.rule] ?? 9),
  );
  const kept: M[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

/** The ACTOR finder for one run over a corpus whose annotators marked `gazetteer`. */
export function actorFinder(gazetteer: readonly GazetteerEntry[]): (text: string) => ActorMention[] {
  const known = new Map<string, ActorMention['attributes'] & { rule: string }>();
  for (const name of countryNames()) known.set(name, { rule: 'actor.country', kind: 'country' });
  for (const entry of gazetteer)
    known.set(entry.text, { rule: 'actor.mention', ...(entry.kind ? { kind: entry.kind } : {}) });
  const match = nameMatcher(known.keys());
  return (text) => {
    const found: ActorMention[] = findTitledPersons(text);
    for (const m of match?.(text) ?? []) {
      const hit = known.get(m.name);
      if (!hit) continue;
      const { rule, ...attributes } = hit;
      found.push({ start: m.start, end: m.end, rule, attributes });
    }
    return withoutOverlaps(found);
  };
}
