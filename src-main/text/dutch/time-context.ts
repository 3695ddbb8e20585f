/**
 * What the words around a TIME candidate say: the signal before it (and the
 * `mod` that signal implies), whether its clause is in the future tense, and
 * whether a 4-digit number is a year. Each looks at a few dozen characters,
 * never the whole text.
 */
import { alternation, COUNTED_AFTER, FUTURE_WORDS, SIGNALS } from './time-words.ts';

type SignalMod = 'BEFORE' | 'AFTER' | 'APPROX';

const SIGNAL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${alternation(Object.keys(SIGNALS))})\\s+(?:(?:het|de)\\s+)?$`,
  'iu',
);
const LOOK_BACK = 24;

/** The signal word right before `start` (an article may sit between), lower-cased, or null. */
export function signalBefore(text: string, start: number): string | null {
  const match = SIGNAL_BEFORE.exec(text.slice(Math.max(0, start - LOOK_BACK), start));
  return match?.[1]?.toLowerCase() ?? null;
}

export function signalMod(signal: string | null): SignalMod | undefined {
  if (signal === null) return undefined;
  return SIGNALS[signal] ?? undefined;
}

const FUTURE = new RegExp(`(?<!\\p{L})(?:${alternation(FUTURE_WORDS)})(?!\\p{L})`, 'iu');
const CLAUSE_REACH = 300;

/** A clause ends at , ; : ! ? a line break, or a full stop that is not inside a number (`15.00`). */
function isClauseEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c === ',' || c === ';' || c === ':' || c === '!' || c === '?' || c === '\n')
    return !/\d/.test(text[i + 1] ?? '');
  return c === '.' && !/\d/.test(text[i + 1] ?? '');
}

export function isFutureClause(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < CLAUSE_REACH && !isClauseEnd(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < CLAUSE_REACH && !isClauseEnd(text, to)) to++;
  return FUTURE.test(text.slice(from, to));
}

const COUNTED = new RegExp(`^\\s*(?:%|(?:${alternation(COUNTED_AFTER)})(?!\\p{L}))`, 'iu');
const YEAR_RANGE_AFTER = /^\s*[-–]\s*\d{4}(?!\d)/;
const LIST_GAP = /^(?:\s*,\s*|\s+(?:en|of|tot|tot en met|t\/m)\s+|\s*[-–/]\s*)$/i;

/** A 4-digit number followed by a currency or a counted thing is a count (`tot 2000 militairen`). */
export function isCounted(text: string, start: number, end: number): boolean {
  return (
    COUNTED.test(text.slice(end, end + 16)) || /[€$£]\s*$/.test(text.slice(Math.max(0, start - 3), start))
  );
}

const AFTER_SENTENCE_END = /(?:[.!?]\s+|\n\s*)["'‘“„]?$/;
const TEXT_START = /^\s*["'‘“„]?$/;

/**
 * Dutch style writes numbers at the start of a sentence in words, years
 * excepted: `2020 was een rampjaar`.
 */
function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return AFTER_SENTENCE_END.test(before) || (start <= 4 && TEXT_START.test(before));
}

/**
 * A bare 4-digit number is a year in a time context: a signal before it
 * (`in`, `sinds`, `tot`, `het jaar` …), a range it opens (`2010-2014`), or
 * a list of times it continues (`2010 en 2014`, `in 2010, 2012`), or the
 * start of a sentence.
 */
export function isYearContext(text: string, start: number, end: number, previousTimeEnd: number): boolean {
  if (signalBefore(text, start) !== null || startsSentence(text, start)) return true;
  if (YEAR_RANGE_AFTER.test(text.slice(end, end + 8))) return true;
  return (
    previousTimeEnd >= 0 && start - previousTimeEnd <= 12 && LIST_GAP.test(text.slice(previousTimeEnd, start))
  );
}
