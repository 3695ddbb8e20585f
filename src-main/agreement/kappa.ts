/**
 * Cohen's kappa over a two-by-two table of decisions (in / out of a label,
 * per character, for annotators A and B), and over nominal values.
 */
export interface KappaTable {
  both: number;
  aOnly: number;
  bOnly: number;
  neither: number;
}

export interface Kappa {
  kappa: number | null;
  /** Why kappa is null. */
  reason?: string;
}

/** p_e this close to 1 is 1: sums of floating-point shares never quite reach it. */
const ROUNDING = 1e-12;

export const emptyTable = (): KappaTable => ({ both: 0, aOnly: 0, bOnly: 0, neither: 0 });

export function addTable(into: KappaTable, t: KappaTable): void {
  into.both += t.both;
  into.aOnly += t.aOnly;
  into.bOnly += t.bOnly;
  into.neither += t.neither;
}

/** kappa = (p_o - p_e) / (1 - p_e), p_e from each annotator's own in/out rates. */
export function tableKappa(t: KappaTable): Kappa {
  const n = t.both + t.aOnly + t.bOnly + t.neither;
  if (n === 0) return { kappa: null, reason: 'no characters to compare' };
  const inA = (t.both + t.aOnly) / n;
  const inB = (t.both + t.bOnly) / n;
  const expected = inA * inB + (1 - inA) * (1 - inB);
  if (expected > 1 - ROUNDING)
    return {
      kappa: null,
      reason:
        inA === 0
          ? 'no variation: neither annotator marked any character'
          : 'no variation: both annotators marked every character',
    };
  const observed = (t.both + t.neither) / n;
  return { kappa: (observed - expected) / (1 - expected) };
}

/**
 * kappa over pairs of nominal values (A's, B's): p_e sums, over the values,
 * the product of how often each annotator chose it.
 */
export function nominalKappa(pairs: ReadonlyMap<string, number>, separator: string): Kappa {
  let n = 0;
  let agree = 0;
  const byA = new Map<string, number>();
  const byB = new Map<string, number>();
  for (const [key, count] of pairs) {
    const cut = key.indexOf(separator);
    const va = key.slice(0, cut);
    const vb = key.slice(cut + separator.length);
    n += count;
    if (va === vb) agree += count;
    byA.set(va, (byA.get(va) ?? 0) + count);
    byB.set(vb, (byB.get(vb) ?? 0) + count);
  }
  if (n === 0) return { kappa: null, reason: 'no matched spans carry this attribute' };
  let expected = 0;
  for (const [v, count] of byA) expected += (count / n) * ((byB.get(v) ?? 0) / n);
  if (expected > 1 - ROUNDING)
    return { kappa: null, reason: 'no variation: both annotators gave every span the same value' };
  return { kappa: (agree / n - expected) / (1 - expected) };
}
