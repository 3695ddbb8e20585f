import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../../src-main/text/dutch/times.ts';
import { splitsSurrogatePair } from '../../../../src-main/text/offsets.ts';

const WORDS = [
  'maandag',
  'zondagavond',
  'gisteren',
  'morgen',
  'de',
  'het',
  'in',
  'sinds',
  'vóór',
  'rond',
  'tot',
  'en',
  'vorige',
  'volgend',
  'week',
  'maand',
  'jaar',
  'jaren',
  'negentig',
  "'80",
  'eind',
  'begin',
  'half',
  'van',
  'juli',
  'mei',
  'jan.',
  'zomer',
  'najaar',
  'kwartaal',
  'eerste',
  'helft',
  'Pasen',
  'geleden',
  'over',
  'twee',
  'drie',
  'uur',
  'om',
  'zal',
  'Biden',
  'militairen',
  'euro',
  '2.500',
  '1,5',
  '2021',
  '1990',
  '12',
  '31',
  '15.00',
  '2021-07-12',
  '12-07-2021',
  '5200',
  '😀',
  ',',
  '.',
  '\n',
  '„',
  '–',
  '-',
];

const DATES = [null, '2021', '2021-07', '2021-01-02', '2020-02-29', '2024-12-31'];

describe('findTimes on any mix of time words', () => {
  it('returns sorted, non-overlapping spans inside the text with a TIMEX-shaped value, the same every run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }),
        fc.array(fc.constantFrom(' ', '', '  '), { minLength: 40, maxLength: 40 }),
        fc.constantFrom(...DATES),
        (words, gaps, date) => {
          const text = words.map((w, i) => w + (gaps[i] ?? ' ')).join('');
          const found = findTimes(text, date);
          let last = 0;
          for (const m of found) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(splitsSurrogatePair(text, m.start) || splitsSurrogatePair(text, m.end)).toBe(false);
            expect(m.attributes.timex).toMatch(
              /^(?:[\dX]{2}|[\dX]{3}X|[\dX]{4}(?:-(?:[\dX]{2}(?:-[\dX]{2}(?:T\d{2}:\d{2})?)?|W[\dX]{2}(?:-(?:\d|WE))?|Q[\dX]|H[12]|SP|SU|FA|WI))?)$/,
            );
            expect([undefined, 'START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER']).toContain(
              m.attributes.mod,
            );
            last = m.end;
          }
          expect(findTimes(text, date)).toEqual(found);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
