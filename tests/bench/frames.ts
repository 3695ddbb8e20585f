/**
 * Event frames for the bench's documents, as a real corpus has them: every
 * span with the attributes its label defines in the default scheme, and
 * relations from EVENT spans to ACTOR and NUMBER spans by its roles. The same
 * rule for the long document and for the generated corpus, and deterministic,
 * so every run measures the same work.
 */
import type { Attributes } from '../../src-main/db/model.ts';

/** The default scheme's roles (migration 005): which label each links to which. */
export const DEFAULT_ROLES = [
  { name: 'agent', from: 'EVENT', to: 'ACTOR' },
  { name: 'patient', from: 'EVENT', to: 'ACTOR' },
  { name: 'quantity', from: 'EVENT', to: 'NUMBER' },
] as const;

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

/** The values of the `i`th span labelled `label`, for every attribute the default scheme gives that label. */
export function attributesFor(label: string, i: number): Attributes {
  if (label === 'EVENT')
    return {
      modality: pick(['asserted', 'asserted', 'hypothetical', 'other'], i),
      polarity: i % 7 === 3 ? 'negative' : 'positive',
      prominence: i % 3 === 0 ? 'main' : 'background',
      tense: pick(['past', 'present', 'future', 'unknown'], i),
    };
  if (label === 'NUMBER')
    return { mod: pick(['exact', 'approx', 'min'], i), unit: 'soldaten', value: 100 + i };
  if (label === 'ACTOR') return { kind: pick(['person', 'organisation', 'country', 'group', 'other'], i) };
  return {};
}

/** A relation by the positions of its spans in the list, and its role's name. */
export interface FrameRelation {
  head: number;
  child: number;
  role: (typeof DEFAULT_ROLES)[number]['name'];
}

/**
 * `count` relations (fewer if the spans run out), spread over the document:
 * every so many EVENT spans, each of its roles filled by the next spans with
 * the role's label that follow it in the list (before it, near the end), a
 * different one for each role (agent the first ACTOR after it, patient the
 * second, quantity the first NUMBER).
 */
export function frameRelations(labels: readonly string[], count: number): FrameRelation[] {
  const events = labels.flatMap((l, i) => (l === 'EVENT' ? [i] : []));
  // Events spread evenly over the list, each at most once (a relation is unique per event, role and span).
  const heads = Math.min(events.length, Math.ceil(count / DEFAULT_ROLES.length));
  const relations: FrameRelation[] = [];
  for (let k = 0; k < heads && relations.length < count; k++) {
    const head = events[Math.floor((k * events.length) / heads)] ?? 0;
    const used = new Set<number>();
    for (const role of DEFAULT_ROLES) {
      if (relations.length >= count) break;
      const free = (i: number) => labels[i] === role.to && !used.has(i);
      let child = head + 1;
      while (child < labels.length && !free(child)) child++;
      // Near the end of the list, the nearest such span before the event.
      if (child >= labels.length) for (child = head - 1; child >= 0 && !free(child);) child--;
      if (child < 0) continue;
      used.add(child);
      relations.push({ head, child, role: role.name });
    }
  }
  return relations;
}
