/**
 * A format export tallies each page's losses on the thread that converted
 * it: the report must be the one tallying every loss in order gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LossTally } from '../../../src-main/formats/losses.ts';
import type { Loss } from '../../../src-main/formats/types.ts';

const loss: fc.Arbitrary<Loss> = fc.record({
  document: fc.constantFrom('d1', 'd2', 'd3'),
  item: fc.constantFrom(null, 'T1'),
  kind: fc.constantFrom('meta', 'relation', 'nested span', 'text'),
  message: fc.string({ maxLength: 8 }),
});

describe('a loss report tallied page by page', () => {
  it('counts, orders and lists the losses as one tally of them all does', () => {
    fc.assert(
      fc.property(fc.array(fc.array(loss, { maxLength: 30 }), { maxLength: 6 }), (pages) => {
        const whole = new LossTally();
        const merged = new LossTally();
        for (const page of pages) {
          whole.add(page);
          const tally = new LossTally();
          tally.add(page);
          merged.addReport(tally.report());
        }
        expect(merged.report()).toEqual(whole.report());
      }),
    );
  });
});
