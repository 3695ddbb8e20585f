import { describe, expect, it } from 'vitest';
import { indexText, toCodePoint } from '../../../src-main/agreement/characters.ts';

describe('the character index', () => {
  it('counts as white space exactly what \\s matches, for every character of the Basic Multilingual Plane', () => {
    let text = '';
    for (let u = 0; u < 0x10000; u++) if (u < 0xd800 || u > 0xdfff) text += String.fromCharCode(u);
    const expected = [...text].filter((c) => !/\s/u.test(c)).length;
    expect(indexText(text).nonWhite[text.length]).toBe(expected);
  });

  it('maps UTF-16 offsets to code points past characters outside the BMP', () => {
    const index = indexText('a😀b 𝄞c');
    expect(index.codePoints).toBe(6);
    expect([0, 1, 3, 4, 5, 7, 8].map((o) => toCodePoint(index, o))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // White space skipped, each astral character counted once.
    expect(index.nonWhite[8]).toBe(5);
  });
});
