import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../../src-main/text/title.ts';

describe('a document title derived from its text', () => {
  it('takes a short first line as it is: a heading', () => {
    expect(deriveTitle('\n  Biden beëindigt gevechtsmissie in Irak\n\nDe Verenigde Staten zullen…')).toBe(
      'Biden beëindigt gevechtsmissie in Irak',
    );
  });

  it('takes the first sentence of a long first line, not a number or an abbreviation inside it', () => {
    expect(
      deriveTitle(
        'De VS hebben momenteel 2.500 militairen in het land, o.a. in Bagdad. Het Amerikaanse leger zal zich dus focussen op training en advies.',
      ),
    ).toBe('De VS hebben momenteel 2.500 militairen in het land, o.a. in Bagdad.');
  });

  it('cuts a first sentence that is still too long at a word boundary', () => {
    const title = deriveTitle(
      "De Verenigde Staten zullen hun 'gevechtsmissie' in Irak tegen het einde van het jaar beëindigen om een 'nieuwe fase' in te gaan. Dat zei Biden.",
    );
    expect(title).toBe(
      "De Verenigde Staten zullen hun 'gevechtsmissie' in Irak tegen het einde van het jaar…",
    );
  });
});
