/**
 * Unicode word boundaries (UAX #29) for text written only in the characters
 * Dutch news uses: Latin letters, digits, punctuation and white space. It
 * finds the same word-like segments as `Intl.Segmenter` (ICU) does for such
 * text, without the cost of ICU's segment objects; any other character (other
 * scripts, combining marks, format characters, emoji, `_`) returns null and
 * the caller asks ICU. tests/unit/text/latin-words.test.ts holds it to ICU.
 */

const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
/** Joins two letters: `:` and `·` (MidLetter). */
const MID_LETTER = 3;
/** Joins two digits: `,` and `;` (MidNum). */
const MID_NUM = 4;
/** Joins two letters or two digits: `.`, `'`, `‘`, `’`, `․` (MidNumLet, Single_Quote). */
const MID_BOTH = 5;
/** A character this scanner does not know the word rules of. */
export const UNKNOWN = 6;

export type CharClass =
  | typeof OTHER
  | typeof LETTER
  | typeof DIGIT
  | typeof MID_LETTER
  | typeof MID_NUM
  | typeof MID_BOTH
  | typeof UNKNOWN;

/** Classes of U+0000–U+024F, and of the punctuation block U+2010–U+203F. */
const LATIN = new Uint8Array(0x250);
const PUNCTUATION = new Uint8Array(0x30);
{
  LATIN.fill(OTHER);
  for (let c = 0x41; c <= 0x5a; c++) LATIN[c] = LETTER;
  for (let c = 0x61; c <= 0x7a; c++) LATIN[c] = LETTER;
  for (let c = 0x30; c <= 0x39; c++) LATIN[c] = DIGIT;
  for (let c = 0xc0; c <= 0x24f; c++) LATIN[c] = LETTER;
  LATIN[0xd7] = OTHER; // ×
  LATIN[0xf7] = OTHER; // ÷
  LATIN[0x3a] = MID_LETTER; // :
  LATIN[0xb7] = MID_LETTER; // ·
  LATIN[0x2c] = MID_NUM; // ,
  LATIN[0x3b] = MID_NUM; // ;
  LATIN[0x2e] = MID_BOTH; // .
  LATIN[0x27] = MID_BOTH; // '
  LATIN[0x5f] = UNKNOWN; // _ (ExtendNumLet)
  LATIN[0xaa] = UNKNOWN; // ª
  LATIN[0xb5] = UNKNOWN; // µ
  LATIN[0xba] = UNKNOWN; // º
  LATIN[0xad] = UNKNOWN; // soft hyphen (Format)
  for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) LATIN[c] = UNKNOWN;
  for (let c = 0x7f; c < 0xa0; c++) LATIN[c] = UNKNOWN;
  PUNCTUATION.fill(OTHER);
  PUNCTUATION[0x18 - 0x10] = MID_BOTH; // ‘
  PUNCTUATION[0x19 - 0x10] = MID_BOTH; // ’
  PUNCTUATION[0x24 - 0x10] = MID_BOTH; // ․
  PUNCTUATION[0x27 - 0x10] = MID_LETTER; // ‧
  PUNCTUATION[0x28 - 0x10] = UNKNOWN; // line separator
  PUNCTUATION[0x29 - 0x10] = UNKNOWN; // paragraph separator
  for (let c = 0x2a; c <= 0x2e; c++) PUNCTUATION[c - 0x10] = UNKNOWN; // bidi controls
  PUNCTUATION[0x2f - 0x10] = UNKNOWN; // narrow no-break space
}

export function classOf(code: number): CharClass {
  if (code < 0x250) return LATIN[code] as CharClass;
  if (code >= 0x2010 && code < 0x2040) return PUNCTUATION[code - 0x2010] as CharClass;
  if (code === 0x20ac) return OTHER; // €
  return UNKNOWN;
}

export interface WordPiece {
  start: number;
  end: number;
}

/**
 * The end of the word-like segment that starts at `start` (a letter or digit,
 * of class `first`), or -1 if it reaches a character outside this scanner's
 * table (the caller then asks ICU for the whole text).
 */
export function pieceEnd(text: string, start: number, first: CharClass): number {
  const n = text.length;
  let last = first;
  let i = start + 1;
  while (i < n) {
    const next = classOf(text.charCodeAt(i));
    if (next === LETTER || next === DIGIT) {
      last = next;
      i++;
      continue;
    }
    if (next === UNKNOWN) return -1;
    if (i + 1 >= n) break;
    const after = classOf(text.charCodeAt(i + 1));
    if (after === UNKNOWN) return -1;
    const joinsLetters = last === LETTER && after === LETTER && (next === MID_LETTER || next === MID_BOTH);
    const joinsDigits = last === DIGIT && after === DIGIT && (next === MID_NUM || next === MID_BOTH);
    if (!joinsLetters && !joinsDigits) break;
    i += 2;
  }
  return i;
}

/** The word-like segments of `text` as ICU finds them, or null if `text` holds a character outside this scanner's table. */
export function latinWords(text: string): WordPiece[] | null {
  const words: WordPiece[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = classOf(text.charCodeAt(i));
    if (c === UNKNOWN) return null;
    if (c !== LETTER && c !== DIGIT) {
      i++;
      continue;
    }
    const end = pieceEnd(text, i, c);
    if (end < 0) return null;
    words.push({ start: i, end });
    i = end;
  }
  return words;
}
