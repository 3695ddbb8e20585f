/** Properties of the pairwise measures over random layers (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAgreement } from '../../../src-main/agreement/compute.ts';
import type { AgreementSpan } from '../../../src-main/agreement/types.ts';
import { doc, layer } from './spans.ts';

const TEXT = 'De VS hebben momenteel 2.500 militairen in het land.';
const LABELS = ['EVENT', 'ACTOR'];

/** A layer of distinct spans (the per-layer duplicate rule) within TEXT. */
const spansArb = fc
  .uniqueArray(
    fc
      .tuple(
        fc.constantFrom(...LABELS),
        fc.integer({ min: 0, max: TEXT.length - 1 }),
        fc.integer({ min: 1, max: 12 }),
      )
      .map(([label, start, len]) => ({ label, start, end: Math.min(TEXT.length, start + len) })),
    { selector: (s) => `${s.label}:${s.start}:${s.end}`, minLength: 1, maxLength: 8 },
  )
  .map((list) => list.map((s, i): AgreementSpan => ({ id: i + 1, ...s, fragments: null, attributes: {} })));

const pairOf = (a: AgreementSpan[], b: AgreementSpan[]) => {
  const report = computeAgreement([doc(1, TEXT, { anna: layer(a), bob: layer(b) })], {
    annotators: ['anna', 'bob'],
    labels: LABELS,
  }).report;
  const pair = report.pairs[0];
  if (!pair) throw new Error('no pair');
  return pair;
};

describe('agreement properties', () => {
  it('identical layers: exact and overlap F1 are 1; kappa is 1 wherever it is defined', () => {
    fc.assert(
      fc.property(spansArb, (spans) => {
        const pair = pairOf(
          spans,
          spans.map((s) => ({ ...s, id: s.id + 100 })),
        );
        expect(pair.overall.exact_f1).toBe(1);
        expect(pair.overall.overlap_f1).toBe(1);
        // Undefined only without variation: the spans cover white space alone.
        for (const f of [pair.overall, ...Object.values(pair.labels)])
          if (f.kappa === null) expect(f.characters.both).toBe(0);
          else expect(f.kappa).toBe(1);
      }),
    );
  });

  it('disjoint layers: exact and overlap F1 are 0', () => {
    fc.assert(
      fc.property(spansArb, (spans) => {
        // Shift bob's copy past the end of the text's last span: no character shared.
        const text = `${TEXT} ${TEXT}`;
        const shift = TEXT.length + 1;
        const report = computeAgreement(
          [
            doc(1, text, {
              anna: layer(spans),
              bob: layer(spans.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }))),
            }),
          ],
          { annotators: ['anna', 'bob'], labels: LABELS },
        ).report;
        expect(report.pairs[0]?.overall.exact_f1).toBe(0);
        expect(report.pairs[0]?.overall.overlap_f1).toBe(0);
      }),
    );
  });

  it('is symmetric in the pair: swapping the annotators swaps the counts and keeps every figure', () => {
    fc.assert(
      fc.property(spansArb, spansArb, (a, b) => {
        const ab = pairOf(a, b);
        const ba = pairOf(b, a);
        for (const [x, y] of [[ab.overall, ba.overall], ...LABELS.map((l) => [ab.labels[l], ba.labels[l]])]) {
          expect(y?.exact_f1).toBe(x?.exact_f1);
          expect(y?.overlap_f1).toBe(x?.overlap_f1);
          if (x?.kappa == null) expect(y?.kappa).toBeNull();
          else expect(y?.kappa).toBeCloseTo(x.kappa, 12);
          expect([y?.spans_a, y?.spans_b]).toEqual([x?.spans_b, x?.spans_a]);
        }
      }),
    );
  });
});
