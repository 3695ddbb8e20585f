/**
 * Cheap character-level reading around a position, shared by the Dutch rules.
 * Everything works on UTF-16 code units and allocates only the words it
 * returns, so a rule can look left and right of a candidate without a regex.
 */

/** Latin letters, with the accented ones Dutch uses (é, ë, ï, …); not × or ÷. */
export function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Spaces that may sit inside one phrase; a line break ends it. */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 9 || c === 0x202f || c === 0x2009;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** End of the word starting at `i`: letters, with an apostrophe inside ("zo'n", "euro's"). */
export function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isLetter(c)) j++;
    else if (isApostrophe(c) && j > i && isLetter(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}

/** Start of the word ending at `end` (exclusive), the mirror of {@link wordEnd}. */
export function wordStart(text: string, end: number): number {
  let j = end;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (isLetter(c)) j--;
    else if (isApostrophe(c) && j < end && j >= 2 && isLetter(text.charCodeAt(j - 2))) j -= 2;
    else break;
  }
  return j;
}

export function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++;
  return j;
}

export function skipSpacesBack(text: string, i: number): number {
  let j = i;
  while (j > 0 && isInlineSpace(text.charCodeAt(j - 1))) j--;
  return j;
}

export interface Word {
  start: number;
  end: number;
  /** Lower-cased text of the word. */
  lower: string;
}

/** The word after `i` past inline spaces, or null when something else comes first. */
export function nextWord(text: string, i: number): Word | null {
  const start = skipSpaces(text, i);
  const end = wordEnd(text, start);
  if (end === start) return null;
  return { start, end, lower: text.slice(start, end).toLowerCase() };
}

/**
 * The word before `i` past inline spaces, or null. An abbreviation's dot
 * ("ca.", "art.") is part of the word, so "ca." never matches a sentence's
 * last word "ca".
 */
export function prevWord(text: string, i: number): Word | null {
  let end = skipSpacesBack(text, i);
  const dot = end > 0 && text.charCodeAt(end - 1) === 46;
  if (dot) end--;
  const start = wordStart(text, end);
  if (start === end) return null;
  const stop = dot ? end + 1 : end;
  return { start, end: stop, lower: text.slice(start, stop).toLowerCase() };
}

/** True when nothing but spaces, opening quotes or brackets, or a sentence end precedes `i`. */
export function atSentenceStart(text: string, i: number): boolean {
  let j = skipSpacesBack(text, i);
  while (j > 0 && '"\'„“‘(['.includes(text.charAt(j - 1))) j = skipSpacesBack(text, j - 1);
  if (j === 0) return true;
  return '.!?:;\n\r…”’'.includes(text.charAt(j - 1));
}
