/**
 * What the words around a quantity say about it: the bound before it
 * ("ruim", "minder dan"), and whether it is no quantity at all — a year, a
 * date, a time of day, an ordinal, part of a name, an id or a reference.
 */
import type { NumberAttributes } from './mention.ts';
import { BOUND_PHRASES, CLOCK_WORDS, MONTHS, REFERENCE_WORDS, YEAR_CONTEXT } from './number-lexicon.ts';
import type { Quantity, Unit } from './number-quantity.ts';
import {
  atSentenceStart,
  isDigit,
  isLetter,
  isUpper,
  nextWord,
  prevWord,
  skipSpaces,
  skipSpacesBack,
  type Word,
} from './text-scan.ts';

type Bound = Exclude<NumberAttributes['mod'], 'exact' | 'range'>;

/** The last word of each bound phrase: most numbers have none before them, and stop here. */
const BOUND_ENDINGS = new Set([...BOUND_PHRASES.keys()].map((p) => p.slice(p.lastIndexOf(' ') + 1)));

/** The bound or approximator right before `start`, with the longest phrase winning. */
export function boundBefore(text: string, start: number): Bound | null {
  const before = skipSpacesBack(text, start);
  if (text.charAt(before - 1) === '±') return 'approx';
  const last = prevWord(text, start);
  if (last === null || !BOUND_ENDINGS.has(last.lower)) return null;
  const middle = prevWord(text, last.start);
  const first = middle === null ? null : prevWord(text, middle.start);
  const three =
    first === null || middle === null
      ? undefined
      : BOUND_PHRASES.get(`${first.lower} ${middle.lower} ${last.lower}`);
  const two = middle === null ? undefined : BOUND_PHRASES.get(`${middle.lower} ${last.lower}`);
  return three ?? two ?? BOUND_PHRASES.get(last.lower) ?? null;
}

const APOSTROPHES = "'’";

/** Characters touching the digits that make them part of something else: "F-16", "12:30", "'90", "5e". */
function touchesOtherToken(text: string, q: Quantity, unit: Unit | null): boolean {
  const before = text.charAt(q.start - 1);
  const beforeCode = text.charCodeAt(q.start - 1);
  const joiner = '-/:.,#+'.includes(before) && before !== '';
  if (isLetter(beforeCode) || isDigit(beforeCode) || (APOSTROPHES.includes(before) && before !== ''))
    return true;
  if (joiner && q.start >= 2) {
    const c = text.charCodeAt(q.start - 2);
    if (isLetter(c) || isDigit(c) || before === '#' || before === '+') return true;
  }
  if (before === '#' || before === '+') return true;
  const end = unit?.end ?? q.end;
  const after = text.charAt(end);
  const afterCode = text.charCodeAt(end);
  if (isLetter(afterCode) || (unit === null && isDigit(afterCode))) return true;
  if (APOSTROPHES.includes(after) && after !== '' && isLetter(text.charCodeAt(end + 1))) return true;
  if ((after === ':' || after === '/' || after === '.' || after === ',') && isDigit(text.charCodeAt(end + 1)))
    return true;
  return after === '-' && isLetter(text.charCodeAt(end + 1));
}

/** "5 en 6 mei", "3 of 4 juni": a day listed before another day of a month. */
function dayBeforeDay(text: string, next: Word): boolean {
  if (next.lower !== 'en' && next.lower !== 'of') return false;
  let at = skipSpaces(text, next.end);
  const digits = at;
  while (isDigit(text.charCodeAt(at))) at++;
  if (at === digits || at - digits > 2) return false;
  const month = nextWord(text, at);
  return month !== null && MONTHS.has(month.lower);
}

/** "1012 AB": a Dutch postcode. */
function isPostcode(text: string, q: Quantity): boolean {
  if (!q.plain || q.digits.length !== 4) return false;
  const at = skipSpaces(text, q.end);
  if (at === q.end || !isUpper(text.charCodeAt(at)) || !isUpper(text.charCodeAt(at + 1))) return false;
  const after = text.charCodeAt(at + 2);
  return !isLetter(after) && after !== 45;
}

/** A four-digit number from 1800 to 2099 is a year unless something marks it as a count. */
function isYear(text: string, q: Quantity, unit: Unit | null, prev: Word | null): boolean {
  if (!q.plain || q.digits.length !== 4 || q.currency !== undefined || unit !== null) return false;
  const n = Number(q.digits);
  if (n < 1800 || n > 2099) return false;
  if (prev !== null && YEAR_CONTEXT.has(prev.lower)) return true;
  if (prev !== null && (prev.lower === 'en' || prev.lower === 'of') && yearBefore(text, prev.start))
    return true;
  if (boundBefore(text, q.start) !== null) return false;
  const next = nextWord(text, q.end);
  const countNoun =
    next !== null &&
    !isUpper(text.charCodeAt(next.start)) &&
    (next.lower.endsWith('en') || next.lower.endsWith('s'));
  return !countNoun;
}

/** "in 2010 en 2014": a four-digit number before the conjunction. */
function yearBefore(text: string, i: number): boolean {
  const end = skipSpacesBack(text, i);
  if (end < 4 || isDigit(text.charCodeAt(end - 5))) return false;
  for (let j = end - 4; j < end; j++) if (!isDigit(text.charCodeAt(j))) return false;
  return true;
}

/** "Boeing 737", "Windows 11": digits right after a capitalised word inside a sentence. */
function afterName(text: string, q: Quantity, unit: Unit | null, prev: Word | null): boolean {
  if (prev === null || unit !== null || !isUpper(text.charCodeAt(prev.start))) return false;
  if (skipSpacesBack(text, q.start) !== prev.end) return false;
  return !atSentenceStart(text, prev.start) && BOUND_PHRASES.get(prev.lower) === undefined;
}

/** "om 9 uur", "half negen", "kwart over drie": a time of day. */
function isClockTime(text: string, q: Quantity, prev: Word | null): boolean {
  if (q.clock) return true;
  const value = q.value ?? -1;
  if (!Number.isInteger(value) || value < 0 || value > 24) return false;
  const next = nextWord(text, q.end);
  if (next?.lower === 'uur' && prev !== null && CLOCK_WORDS.has(prev.lower)) return true;
  if (!q.spelled || prev === null || value > 12) return false;
  if (prev.lower === 'half') return true;
  const prev2 = prev.lower === 'over' || prev.lower === 'voor' ? prevWord(text, prev.start) : null;
  return prev2 !== null && (prev2.lower === 'kwart' || prev2.lower === 'half');
}

/** True when the quantity is no NUMBER by its context. */
export function isExcluded(text: string, q: Quantity, unit: Unit | null): boolean {
  const prev = prevWord(text, q.start);
  if (prev !== null && REFERENCE_WORDS.has(prev.lower) && skipSpacesBack(text, q.start) === prev.end)
    return true;
  const next = nextWord(text, unit?.end ?? q.end);
  if (unit === null && next !== null && (MONTHS.has(next.lower) || dayBeforeDay(text, next))) return true;
  if (isClockTime(text, q, prev)) return true;
  if (q.spelled) {
    return isUpper(text.charCodeAt(q.start)) && !atSentenceStart(text, q.start);
  }
  if (q.currency === undefined && touchesOtherToken(text, q, unit)) return true;
  if (q.plain && ((q.digits.length > 1 && q.digits.startsWith('0')) || q.digits.length >= 8)) return true;
  return isYear(text, q, unit, prev) || afterName(text, q, unit, prev) || isPostcode(text, q);
}
