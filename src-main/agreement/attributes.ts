import type { AgreementSpan } from './types.ts';

/**
 * Attribute agreement over exactly matched spans. For each attribute name
 * either span of a matched pair carries, the pair is one item: A's value and
 * B's value, a missing value counting as the value "(none)".
 */
export interface AttributeCounts {
  items: number;
  agreeing: number;
  /** "A's value SEPARATOR B's value" -> how many items. */
  pairs: Map<string, number>;
}

export type AttributeTally = Map<string, AttributeCounts>;

export const VALUE_SEPARATOR = '\u0000';
const NONE = '(none)';

const valueText = (v: unknown): string => (v === undefined || v === null ? NONE : JSON.stringify(v));

export function attributeTally(tally: AttributeTally, a: AgreementSpan, b: AgreementSpan): void {
  const namesA = Object.keys(a.attributes);
  const namesB = Object.keys(b.attributes);
  // Most spans carry no attributes: no item, and no set to build.
  if (namesA.length === 0 && namesB.length === 0) return;
  const names = new Set([...namesA, ...namesB]);
  for (const name of names) {
    const va = valueText(a.attributes[name]);
    const vb = valueText(b.attributes[name]);
    if (va === NONE && vb === NONE) continue;
    let counts = tally.get(name);
    if (!counts) {
      counts = { items: 0, agreeing: 0, pairs: new Map() };
      tally.set(name, counts);
    }
    counts.items++;
    if (va === vb) counts.agreeing++;
    const key = `${va}${VALUE_SEPARATOR}${vb}`;
    counts.pairs.set(key, (counts.pairs.get(key) ?? 0) + 1);
  }
}
