import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPublishedDate } from '../../../src-main/text/date.ts';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('published dates', () => {
  it('takes YYYY-MM-DD exactly when that day exists in the calendar', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const day = new Date(Date.UTC(y, m - 1, d));
          const exists = m >= 1 && m <= 12 && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
          expect(isPublishedDate(`${y}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(exists);
          expect(isPublishedDate(`${y}-${pad(m, 2)}`)).toBe(m >= 1 && m <= 12);
          expect(isPublishedDate(`${y}`)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('knows leap years and refuses every other shape', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2023-02-28', '2021-07', '2021', '2024-12-31']) {
      expect([ok, isPublishedDate(ok)]).toEqual([ok, true]);
    }
    for (const bad of [
      '1900-02-29',
      '2023-02-29',
      '2024-13',
      '2024-00',
      '2024-04-31',
      'gisteren',
      '',
      '24-01',
      '2024-1',
      '2024-01-1',
      '2024/01/01',
      ' 2024',
      '2024-01-01T10:00',
      '٢٠٢٤',
    ]) {
      expect([bad, isPublishedDate(bad)]).toEqual([bad, false]);
    }
  });
});
