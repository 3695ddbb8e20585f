/**
 * Where a TIME expression may start: a word start (no letter or digit of
 * Dutch text before it) with a digit, or with a word a TIME expression
 * begins with (case aside; the word may go on, as `week` in `weekend`).
 * A loop over the text's characters finds them: the global regex of those
 * words it replaces (a trie of them, case-insensitive) was tried at every
 * position and was the TIME rules' largest cost.
 */
import { HOLIDAYS } from './time-holidays.ts';
import { AGO_WORD, LATER_WORD, WORD_CHAR } from './time-pattern.ts';
import {
  DAY_WORDS,
  MONTHS,
  POSITION_WORDS,
  QUARTER_WORDS,
  RELATIVE_WORDS,
  SEASONS,
  WEEKDAYS,
} from './time-words.ts';

/** Every word a TIME expression can start with, in lower case (ASCII letters only). */
const STARTS: readonly string[] = [
  ...new Set([
    ...Object.keys(WEEKDAYS),
    ...Object.keys(MONTHS),
    ...Object.keys(DAY_WORDS),
    ...Object.keys(RELATIVE_WORDS),
    ...Object.keys(POSITION_WORDS),
    ...Object.keys(SEASONS),
    ...Object.keys(QUARTER_WORDS),
    ...Object.keys(HOLIDAYS).map((name) => name.split(' ')[0] ?? name),
    'jaren',
    'week',
    AGO_WORD,
    LATER_WORD,
  ]),
];
for (const word of STARTS)
  if (!/^[a-z]{2,}$/.test(word))
    throw new Error(`a TIME start word must be two ASCII letters or more: ${word}`);

/** Letters and digits of Dutch text (all in Latin-1): after one, no time starts. */
const WORD_CHARS = new Uint8Array(256);
const WORD_CHAR_CLASS = new RegExp(`[${WORD_CHAR}]`);
for (let c = 0; c < 256; c++) WORD_CHARS[c] = WORD_CHAR_CLASS.test(String.fromCharCode(c)) ? 1 : 0;
const isWordChar = (c: number): boolean => c < 256 && WORD_CHARS[c] === 1;

/** Whether the character before `index` joins it to a word (then no time starts there). */
export const continuesWord = (text: string, index: number): boolean =>
  index > 0 && isWordChar(text.charCodeAt(index - 1));

/** An ASCII letter in lower case, or -1: the words match ASCII letters of either case, nothing else. */
const lower = (c: number): number => (c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : -1);

/**
 * The start words by their first two letters (`pairOf`): BUCKET_OF holds
 * one more than the index in BUCKETS, 0 where no word starts so. Most word
 * starts of a text are ruled out by that one lookup.
 */
const pairOf = (first: number, second: number): number => first * 128 + second;
const BUCKETS: string[][] = [];
const BUCKET_OF = new Uint8Array(128 * 128);
for (const word of STARTS) {
  const pair = pairOf(word.charCodeAt(0), word.charCodeAt(1));
  const bucket = BUCKET_OF[pair] ?? 0;
  if (bucket > 0) BUCKETS[bucket - 1]?.push(word);
  else BUCKET_OF[pair] = BUCKETS.push([word]);
}

/** Whether `word` (lower case) stands at `at`, in either case; its letters before `known` are checked already. */
function wordAt(text: string, at: number, word: string, known = 0): boolean {
  if (at + word.length > text.length) return false;
  for (let k = known; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    const w = word.charCodeAt(k);
    if (c !== w && c !== w - 32) return false;
  }
  return true;
}

function startsTime(text: string, at: number, c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  const first = lower(c);
  if (first < 0) return false;
  const second = lower(text.charCodeAt(at + 1));
  if (second < 0) return false;
  const bucket = BUCKET_OF[pairOf(first, second)] ?? 0;
  if (bucket === 0) return false;
  for (const w of BUCKETS[bucket - 1] ?? []) if (wordAt(text, at, w, 2)) return true;
  return false;
}

/** The first position at or after `from` where a TIME expression may start, or -1. */
export function nextTimeStart(text: string, from: number): number {
  const n = text.length;
  let i = from;
  // Inside a word (the one `from` is in): no time starts before its end.
  while (i < n && continuesWord(text, i)) i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    if (startsTime(text, i, c)) return i;
    // The rest of this word.
    i++;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
  }
  return -1;
}

/** Whether `geleden` (in either case) stands at `at`: then the expression is read back from it. */
export const agoAt = (text: string, at: number): boolean => wordAt(text, at, AGO_WORD);
