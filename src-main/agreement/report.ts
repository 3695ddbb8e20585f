/**
 * The agreement report as the CLI's --json prints it and the Agreement
 * screen shows it: every figure with the counts behind it.
 */
import type { AlphaU } from './alpha-u.ts';
import { VALUE_SEPARATOR, type AttributeTally } from './attributes.ts';
import { nominalKappa, tableKappa } from './kappa.ts';
import { addCounts, emptyCounts, type PairTally, type SpanCounts } from './pair.ts';
import { f1 } from './ratio.ts';

export interface SpanFigures {
  exact_f1: number | null;
  overlap_f1: number | null;
  kappa: number | null;
  kappa_reason?: string;
  spans_a: number;
  spans_b: number;
  exact_matches: number;
  overlap_matches: number;
  /** Non-white-space characters: in the label for both, A only, B only, neither. */
  characters: { both: number; a_only: number; b_only: number; neither: number };
}

export interface AttributeFigures {
  observed_agreement: number | null;
  kappa: number | null;
  kappa_reason?: string;
  items: number;
  agreeing: number;
}

export interface PairReport {
  annotators: [string, string];
  documents: number;
  overall: SpanFigures;
  labels: Record<string, SpanFigures>;
  relations: { f1: number | null; relations_a: number; relations_b: number; matches: number };
  attributes: Record<string, AttributeFigures>;
}

export interface AlphaUCounts {
  observed: number;
  expected: number;
  reason?: string;
  documents: number;
  annotators: number;
  units: number;
  characters: number;
}

export interface AgreementReport {
  annotators: string[];
  labels: string[];
  pairs: PairReport[];
  alpha_u: Record<string, number | null>;
  alpha_u_counts: Record<string, AlphaUCounts>;
}

export function spanFigures(c: SpanCounts): SpanFigures {
  const k = tableKappa(c.characters);
  return {
    exact_f1: f1(c.exact, c.spansA, c.spansB),
    overlap_f1: f1(c.overlap, c.spansA, c.spansB),
    kappa: k.kappa,
    ...(k.reason === undefined ? {} : { kappa_reason: k.reason }),
    spans_a: c.spansA,
    spans_b: c.spansB,
    exact_matches: c.exact,
    overlap_matches: c.overlap,
    characters: {
      both: c.characters.both,
      a_only: c.characters.aOnly,
      b_only: c.characters.bOnly,
      neither: c.characters.neither,
    },
  };
}

function attributeFigures(tally: AttributeTally): Record<string, AttributeFigures> {
  const out: Record<string, AttributeFigures> = {};
  for (const name of [...tally.keys()].sort()) {
    const c = tally.get(name);
    if (!c) continue;
    const k = nominalKappa(c.pairs, VALUE_SEPARATOR);
    out[name] = {
      observed_agreement: c.items === 0 ? null : c.agreeing / c.items,
      kappa: k.kappa,
      ...(k.reason === undefined ? {} : { kappa_reason: k.reason }),
      items: c.items,
      agreeing: c.agreeing,
    };
  }
  return out;
}

/** Overall figures are micro-averaged: the labels' counts (and character tables) summed. */
export function pairReport(names: [string, string], tally: PairTally): PairReport {
  const overall = emptyCounts();
  const labels: Record<string, SpanFigures> = {};
  for (const [label, counts] of tally.labels) {
    addCounts(overall, counts);
    labels[label] = spanFigures(counts);
  }
  const r = tally.relations;
  return {
    annotators: names,
    documents: tally.documents,
    overall: spanFigures(overall),
    labels,
    relations: {
      f1: f1(r.matches, r.relationsA, r.relationsB),
      relations_a: r.relationsA,
      relations_b: r.relationsB,
      matches: r.matches,
    },
    attributes: attributeFigures(tally.attributes),
  };
}

export function alphaCounts(a: AlphaU): AlphaUCounts {
  return {
    observed: a.observed,
    expected: a.expected,
    ...(a.reason === undefined ? {} : { reason: a.reason }),
    documents: a.documents,
    annotators: a.coders,
    units: a.units,
    characters: a.length,
  };
}
