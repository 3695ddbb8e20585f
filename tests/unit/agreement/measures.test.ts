/** Every pairwise measure on small cases computed by hand (the arithmetic is in the comments). */
import { describe, expect, it } from 'vitest';
import { computeAgreement } from '../../../src-main/agreement/compute.ts';
import type { AgreementDocument } from '../../../src-main/agreement/types.ts';
import { doc, layer, span } from './spans.ts';

const TEXT = 'aaaa bbbb cccc dddd'; // 16 non-white-space characters
const measure = (docs: AgreementDocument[], labels = ['EVENT', 'ACTOR']) =>
  computeAgreement(docs, { annotators: ['anna', 'bob'], labels }).report;
const onlyPair = (docs: AgreementDocument[], labels?: string[]) => {
  const pair = measure(docs, labels).pairs[0];
  if (!pair) throw new Error('no pair');
  return pair;
};

describe('span F1 and kappa per label and overall', () => {
  // anna: EVENT "aaaa bbbb", ACTOR "cccc"; bob: EVENT "bbbb cccc", ACTOR "cccc".
  const docs = [
    doc(1, TEXT, {
      anna: layer([span('EVENT', 0, 9), span('ACTOR', 10, 14)]),
      bob: layer([span('EVENT', 5, 14), span('ACTOR', 10, 14)]),
    }),
  ];
  const pair = onlyPair(docs);

  it('exact F1: EVENT 0 of 1+1, ACTOR 1 of 1+1, overall 2*1/4', () => {
    expect(pair.labels.EVENT?.exact_f1).toBe(0);
    expect(pair.labels.ACTOR?.exact_f1).toBe(1);
    expect(pair.overall.exact_f1).toBe(0.5);
    expect(pair.overall).toMatchObject({ spans_a: 2, spans_b: 2, exact_matches: 1, overlap_matches: 2 });
  });

  it('overlap F1: the EVENTs share "bbbb", so every span matches', () => {
    expect(pair.labels.EVENT?.overlap_f1).toBe(1);
    expect(pair.overall.overlap_f1).toBe(1);
  });

  it('kappa EVENT: both 4, one side only 4 + 4, neither 4 of 16: p_o 0.5 = p_e 0.5, kappa 0', () => {
    expect(pair.labels.EVENT?.characters).toEqual({ both: 4, a_only: 4, b_only: 4, neither: 4 });
    expect(pair.labels.EVENT?.kappa).toBe(0);
  });

  it('kappa ACTOR: 4 in for both, 12 out for both: kappa 1', () => {
    expect(pair.labels.ACTOR?.kappa).toBe(1);
  });

  it("overall kappa pools the labels' character decisions: 8/4/4/16 of 32, (0.75 - 0.53125) / 0.46875 = 7/15", () => {
    expect(pair.overall.characters).toEqual({ both: 8, a_only: 4, b_only: 4, neither: 16 });
    expect(pair.overall.kappa).toBeCloseTo(7 / 15, 12);
  });

  it('counts one shared document', () => {
    expect(pair.documents).toBe(1);
  });
});

describe('overlap matching', () => {
  it('matches the largest overlap first, one to one (so not the largest matching)', () => {
    // anna [0,4) [4,12); bob [2,10) [10,12). Overlaps: 2, 6, 2. [4,12)-[2,10) goes first; [0,4) and [10,12) do not touch.
    const pair = onlyPair([
      doc(1, 'abcdefghijkl', {
        anna: layer([span('EVENT', 0, 4), span('EVENT', 4, 12)]),
        bob: layer([span('EVENT', 2, 10), span('EVENT', 10, 12)]),
      }),
    ]);
    expect(pair.labels.EVENT?.overlap_matches).toBe(1);
    expect(pair.labels.EVENT?.overlap_f1).toBe(0.5);
  });

  it('spans of different labels never match', () => {
    const pair = onlyPair([
      doc(1, TEXT, { anna: layer([span('EVENT', 0, 4)]), bob: layer([span('ACTOR', 0, 4)]) }),
    ]);
    expect(pair.overall.overlap_matches).toBe(0);
    expect(pair.overall.exact_f1).toBe(0);
  });

  it('counts overlap by fragments: pieces that only share the extent do not overlap', () => {
    const pair = onlyPair([
      doc(1, TEXT, {
        anna: layer([
          span('EVENT', 0, 19, {
            fragments: [
              [0, 4],
              [15, 19],
            ],
          }),
        ]),
        bob: layer([span('EVENT', 5, 9)]),
      }),
    ]);
    expect(pair.labels.EVENT?.overlap_matches).toBe(0);
  });
});

describe('exact matching with fragments', () => {
  it('needs every fragment equal, not only start and end', () => {
    const pair = onlyPair([
      doc(1, TEXT, {
        anna: layer([
          span('EVENT', 0, 19, {
            fragments: [
              [0, 4],
              [15, 19],
            ],
          }),
        ]),
        bob: layer([span('EVENT', 0, 19)]),
      }),
    ]);
    expect(pair.labels.EVENT?.exact_matches).toBe(0);
    expect(pair.labels.EVENT?.overlap_matches).toBe(1);
    // anna's EVENT covers 8 characters, bob's all 16.
    expect(pair.labels.EVENT?.characters).toEqual({ both: 8, a_only: 0, b_only: 8, neither: 0 });
  });
});

describe('documents', () => {
  it('counts only the documents both annotators annotated', () => {
    const pair = onlyPair([
      doc(1, TEXT, { anna: layer([span('EVENT', 0, 4)]), bob: layer([span('EVENT', 0, 4)]) }),
      doc(2, TEXT, { anna: layer([span('EVENT', 5, 9)]) }),
    ]);
    expect(pair.documents).toBe(1);
    expect(pair.overall).toMatchObject({ spans_a: 1, spans_b: 1, exact_f1: 1 });
  });

  it('counts characters, not UTF-16 units, and skips white space', () => {
    // "😀" is two units and one character; the tab and space are not counted.
    const pair = onlyPair([
      doc(1, '😀 ab\tc', { anna: layer([span('EVENT', 0, 2)]), bob: layer([span('EVENT', 0, 5)]) }),
    ]);
    expect(pair.labels.EVENT?.characters).toEqual({ both: 1, a_only: 0, b_only: 2, neither: 1 });
  });
});

describe('figures that are not defined', () => {
  it('F1 is null when neither annotator has a span of the label; kappa is null with its reason', () => {
    const pair = onlyPair([doc(1, TEXT, { anna: layer([]), bob: layer([]) })], ['EVENT']);
    expect(pair.labels.EVENT).toMatchObject({
      exact_f1: null,
      overlap_f1: null,
      kappa: null,
      spans_a: 0,
      spans_b: 0,
    });
    expect(pair.labels.EVENT?.kappa_reason).toBe('no variation: neither annotator marked any character');
  });

  it('F1 is 0 when only one annotator has spans', () => {
    const pair = onlyPair([doc(1, TEXT, { anna: layer([span('EVENT', 0, 4)]), bob: layer([]) })], ['EVENT']);
    expect(pair.labels.EVENT?.exact_f1).toBe(0);
  });

  it('kappa is null when both mark every character', () => {
    const pair = onlyPair(
      [doc(1, 'ab', { anna: layer([span('EVENT', 0, 2)]), bob: layer([span('EVENT', 0, 2)]) })],
      ['EVENT'],
    );
    expect(pair.labels.EVENT?.kappa).toBeNull();
    expect(pair.labels.EVENT?.kappa_reason).toBe('no variation: both annotators marked every character');
  });
});

describe('relations', () => {
  const ev = (id: number) => span('EVENT', 0, 9, { id });
  const ac = (id: number) => span('ACTOR', 10, 14, { id });

  it('a relation with the same role between exactly matched spans is a true positive', () => {
    const pair = onlyPair([
      doc(1, TEXT, {
        anna: layer([ev(1), ac(2)], [{ role: 'agent', headId: 1, childId: 2 }]),
        bob: layer([ev(11), ac(12)], [{ role: 'agent', headId: 11, childId: 12 }]),
      }),
    ]);
    expect(pair.relations).toEqual({ f1: 1, relations_a: 1, relations_b: 1, matches: 1 });
  });

  it('another role, or an end that matched only by overlap, is not', () => {
    const pair = onlyPair([
      doc(1, TEXT, {
        anna: layer(
          [ev(1), ac(2), span('ACTOR', 15, 19, { id: 3 })],
          [
            { role: 'agent', headId: 1, childId: 2 },
            { role: 'agent', headId: 1, childId: 3 },
          ],
        ),
        bob: layer(
          [ev(11), ac(12), span('ACTOR', 15, 18, { id: 13 })],
          [
            { role: 'patient', headId: 11, childId: 12 },
            { role: 'agent', headId: 11, childId: 13 },
          ],
        ),
      }),
    ]);
    expect(pair.relations).toEqual({ f1: 0, relations_a: 2, relations_b: 2, matches: 0 });
  });
});

describe('attributes over exactly matched spans', () => {
  it('observed agreement 3/4 and kappa (0.75 - 0.5) / 0.5 = 0.5', () => {
    const starts = [0, 5, 10, 15];
    const anna = ['positive', 'positive', 'negative', 'negative'];
    const bob = ['positive', 'negative', 'negative', 'negative'];
    const pair = onlyPair(
      [
        doc(1, TEXT, {
          anna: layer(starts.map((s, i) => span('EVENT', s, s + 4, { attributes: { polarity: anna[i] } }))),
          bob: layer(starts.map((s, i) => span('EVENT', s, s + 4, { attributes: { polarity: bob[i] } }))),
        }),
      ],
      ['EVENT'],
    );
    expect(pair.attributes.polarity).toEqual({ observed_agreement: 0.75, kappa: 0.5, items: 4, agreeing: 3 });
  });

  it('a value only one annotator set counts as a disagreement with "(none)"', () => {
    const pair = onlyPair(
      [
        doc(1, TEXT, {
          anna: layer([span('EVENT', 0, 4, { attributes: { polarity: 'positive' } })]),
          bob: layer([span('EVENT', 0, 4)]),
        }),
      ],
      ['EVENT'],
    );
    expect(pair.attributes.polarity).toMatchObject({ observed_agreement: 0, items: 1, agreeing: 0 });
  });
});

describe('alpha_u from documents', () => {
  it('uses only documents every chosen annotator annotated', () => {
    const report = computeAgreement(
      [
        doc(1, TEXT, {
          anna: layer([span('EVENT', 0, 4)]),
          bob: layer([span('EVENT', 0, 4)]),
          carl: layer([span('EVENT', 0, 4)]),
        }),
        doc(2, TEXT, { anna: layer([span('EVENT', 0, 4)]), bob: layer([span('EVENT', 5, 9)]) }),
      ],
      { annotators: ['anna', 'bob', 'carl'], labels: ['EVENT'] },
    ).report;
    expect(report.alpha_u.EVENT).toBe(1);
    expect(report.alpha_u_counts.EVENT).toMatchObject({
      documents: 1,
      annotators: 3,
      units: 3,
      characters: 19,
    });
    expect(report.pairs.map((p) => p.annotators)).toEqual([
      ['anna', 'bob'],
      ['anna', 'carl'],
      ['bob', 'carl'],
    ]);
  });
});
