import { describe, expect, it } from 'vitest';
import { counted, plural } from '../../../src-main/text/plural.ts';

describe('plural', () => {
  it('says "1 document" and "0, 2 or 20,001 documents"', () => {
    expect(counted(1, 'document')).toBe('1 document');
    expect([0, 2, 20001].map((n) => counted(n, 'document'))).toEqual([
      '0 documents',
      '2 documents',
      '20001 documents',
    ]);
    expect(counted(1, 'bad record')).toBe('1 bad record');
    expect(plural(3, 'label')).toBe('labels');
    expect(counted(2, 'entry', 'entries')).toBe('2 entries');
  });
});
