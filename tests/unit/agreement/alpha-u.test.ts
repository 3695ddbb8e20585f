/**
 * Krippendorff's alpha_u against the published worked examples: Krippendorff
 * (2004), Content Analysis, 2nd ed., p. 254 (two coders, categories c and k
 * on the continuum 150..450), and Krippendorff (1995), Sociological
 * Methodology 25, p. 57 (Bertha and Bill, category A). The figures are the
 * book's, as DKPro Statistics' tests of the same examples also check them.
 */
import { describe, expect, it } from 'vitest';
import { alphaU } from '../../../src-main/agreement/alpha-u.ts';

/** The 2004 example's units as (begin, length) on a continuum starting at 150. */
const units2004 = (list: [number, number][]) => list.map(([b, l]) => [b - 150, b - 150 + l] as const);

describe('alpha_u on Krippendorff (2004, p. 254)', () => {
  it('category c: D_o 0.0144, D_e 0.0532, alpha_u 0.7286', () => {
    const a = alphaU(
      [
        {
          length: 300,
          units: [
            units2004([
              [225, 70],
              [370, 30],
            ]),
            units2004([
              [220, 80],
              [355, 20],
              [400, 20],
            ]),
          ],
        },
      ],
      2,
    );
    expect(a.observed).toBeCloseTo(0.0144, 4);
    expect(a.expected).toBeCloseTo(0.0532, 4);
    expect(a.alpha).toBeCloseTo(0.7286, 4);
    expect(a.units).toBe(5);
  });

  it('category k, where both coders agree: D_o 0, D_e 0.0490, alpha_u 1', () => {
    const k = units2004([
      [180, 60],
      [300, 50],
    ]);
    const a = alphaU([{ length: 300, units: [k, k] }], 2);
    expect(a.observed).toBe(0);
    expect(a.expected).toBeCloseTo(0.049, 4);
    expect(a.alpha).toBe(1);
  });
});

describe('alpha_u on Krippendorff (1995, p. 57)', () => {
  it('Bertha and Bill (A): alpha_u 0.553 on a fine-grained continuum', () => {
    // The paper's 24 positions, each stretched so the continuum is (nearly) continuous.
    const s = 50_000;
    const stretch = (list: [number, number][]) => list.map(([b, l]) => [b * s, (b + l) * s] as const);
    const a = alphaU(
      [
        {
          length: 24 * s,
          units: [
            stretch([
              [2, 8],
              [14, 6],
            ]),
            stretch([
              [4, 4],
              [15, 2],
            ]),
          ],
        },
      ],
      2,
    );
    expect(a.observed).toBeCloseTo(0.03125, 5);
    expect(a.alpha).toBeCloseTo(0.553, 3);
  });
});

describe('alpha_u edge cases', () => {
  it('is null with a reason when nobody marked the label', () => {
    const a = alphaU([{ length: 10, units: [[], []] }], 2);
    expect(a.alpha).toBeNull();
    expect(a.reason).toMatch(/no annotator marked/);
  });

  it('is null with fewer than two coders', () => {
    expect(alphaU([{ length: 10, units: [[[0, 2]]] }], 1).alpha).toBeNull();
  });

  it('keeps gaps inside their document: a unit past the end of a short document never fits there', () => {
    // Two documents of 10 characters: laid end to end without the cut, a gap of 20 would fit a unit of 12.
    const joined = alphaU([{ length: 20, units: [[[0, 2]], [[0, 2]]] }], 2);
    const apart = alphaU(
      [
        { length: 10, units: [[[0, 2]], [[0, 2]]] },
        { length: 10, units: [[], []] },
      ],
      2,
    );
    expect(apart.length).toBe(joined.length);
    expect(apart.expected).not.toBeCloseTo(joined.expected, 6);
    expect(apart.alpha).toBe(1);
  });
});
