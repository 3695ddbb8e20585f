import { describe, expect, it } from 'vitest';
import { attributesJson } from '../../../src-main/db/attributes-json.ts';
import type { Attributes } from '../../../src-main/db/model.ts';

/** The stored form spelled out: every key in name order. */
const slow = (a: Attributes): string =>
  `{${Object.keys(a)
    .sort()
    .map((n) => `${JSON.stringify(n)}:${JSON.stringify(a[n])}`)
    .join(',')}}`;

describe('stored attributes', () => {
  it('are one text for equal attributes, whatever order their keys came in', () => {
    const parsed = JSON.parse('{"__proto__":"x","tense":"past","mod":"approx"}') as Attributes;
    const cases: Attributes[] = [
      {},
      { a: 'x', b: 2, c: true },
      { c: true, a: 'x', b: 2 },
      { 10: 'ten', 2: 'two', b: 'b' },
      { é: 1, z: 2, Z: 3 },
      { toJSON: 'kept', a: 'é"\\\n' },
      parsed,
    ];
    for (const a of cases) expect(attributesJson(a)).toBe(slow(a));
    expect(attributesJson({ b: 1, a: 2 })).toBe(attributesJson({ a: 2, b: 1 }));
    expect(attributesJson(parsed)).toBe('{"__proto__":"x","mod":"approx","tense":"past"}');
  });
});
