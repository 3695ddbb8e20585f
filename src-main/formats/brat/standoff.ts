/**
 * The rules brat's standoff format imposes, shared by the writer and the
 * reader so that what one splits the other joins back. Offsets are code
 * points: brat reads the `.txt` as a Python unicode string
 * (server/src/annotation.py, `open_textfile`, utf-8).
 */

/** A piece of a span, `[start, end)` in code points. */
export type Piece = readonly [number, number];

/**
 * A text by code point: its characters one by one, or, for a text without
 * surrogates (where code points and UTF-16 units agree), the text itself,
 * which spares a writer an array of a string per character.
 */
export type CodePoints = string | readonly string[];

export const codePointsOf = (text: string): CodePoints => (/[\ud800-\udfff]/.test(text) ? [...text] : text);

/** The characters from `start` to `end`, as one string. */
export const codePointSlice = (chars: CodePoints, start: number, end: number): string =>
  typeof chars === 'string' ? chars.slice(start, end) : chars.slice(start, end).join('');

/**
 * The characters Python's `splitlines()` breaks at. brat reads an `.ann` file
 * line by line that way, so a T line's text (the covered characters) must
 * hold none of them: a span is cut into fragments around them.
 */
const LINE_BREAKS: ReadonlySet<string> = new Set([
  '\n',
  '\v',
  '\f',
  '\r',
  '\u001c',
  '\u001d',
  '\u001e',
  '\u0085',
  '\u2028',
  '\u2029',
]);

export const isLineBreak = (c: string): boolean => LINE_BREAKS.has(c);

/** brat puts a space between the texts of a T line's fragments (annotation.py, `DISCONT_SEP`). */
export const FRAGMENT_SEPARATOR = ' ';

/** A type, attribute value or role as brat can hold it: one word, no whitespace. */
export const isToken = (s: string): boolean => s !== '' && !/\s/u.test(s);

/** A T id we keep as it is: brat's own form, `T` and a number. */
export const isTextBoundId = (id: string): boolean => /^T[1-9][0-9]*$/.test(id);

/** `pieces` cut at every run of line breaks, the breaks themselves left out. */
export function splitAtLineBreaks(chars: CodePoints, pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const [start, end] of pieces) {
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || isLineBreak(chars[i] ?? '')) {
        if (i > from) out.push([from, i]);
        from = i + 1;
      }
    }
  }
  return out;
}

/**
 * The reverse: neighbouring pieces with only line breaks between them become
 * one. Read this way, a span brat had to cut at a line break comes back whole.
 */
export function joinAtLineBreaks(chars: CodePoints, pieces: readonly Piece[]): Piece[] {
  const out: [number, number][] = [];
  for (const [start, end] of pieces) {
    const last = out.at(-1);
    if (last && onlyLineBreaks(chars, last[1], start)) last[1] = end;
    else out.push([start, end]);
  }
  return out;
}

/** Whether the characters from `start` to `end` are one or more line breaks and nothing else. */
function onlyLineBreaks(chars: CodePoints, start: number, end: number): boolean {
  const to = Math.min(end, chars.length);
  if (to <= start) return false;
  for (let i = start; i < to; i++) if (!isLineBreak(chars[i] ?? '')) return false;
  return true;
}

export const samePieces = (a: readonly Piece[], b: readonly Piece[]): boolean =>
  a.length === b.length && a.every(([s, e], i) => b[i]?.[0] === s && b[i]?.[1] === e);

/** `0 5;7 9`, as a T line writes them. */
export const formatPieces = (pieces: readonly Piece[]): string =>
  pieces.map(([s, e]) => `${s} ${e}`).join(';');

/** The text a T line carries for `pieces`. */
export const piecesText = (chars: CodePoints, pieces: readonly Piece[]): string =>
  pieces.map(([s, e]) => codePointSlice(chars, s, e)).join(FRAGMENT_SEPARATOR);

/**
 * The text as brat reads a `.txt`: Python's universal newlines turn CR LF
 * and a lone CR into LF (annotation.py opens it with mode 'rU'; Python 3's
 * default `open()` does the same), and the offsets count that text.
 */
export const asBratReadsIt = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * For each code-point boundary of `chars`, the boundary in the text brat
 * reads: a CR LF pair becomes one LF, so the boundary inside it falls after
 * that LF.
 */
export function boundariesAsBratReadsIt(chars: readonly string[]): number[] {
  const map = [0];
  let at = 0;
  chars.forEach((c, i) => {
    if (!(c === '\n' && chars[i - 1] === '\r')) at++;
    map.push(at);
  });
  return map;
}
