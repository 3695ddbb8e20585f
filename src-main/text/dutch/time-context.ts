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

const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿ';
/** Not in unicode mode: this runs once per weekday or month found, over a few hundred characters. */
const FUTURE = new RegExp(`(?<![${LETTER}])(?:${alternation(FUTURE_WORDS)})(?![${LETTER}])`, 'i');
/** A clause ends at . , ; : ! ? or a line break, unless a digit follows (`15.00`, `2,5`). */
const CLAUSE_END = /[.,;:!?\n](?!\d)/g;
const CLAUSE_REACH = 200;

export function isFutureClause(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CLAUSE_REACH);
  const around = text.slice(from, Math.min(text.length, end + CLAUSE_REACH));
  // Most windows hold no future word at all: one search settles them.
  if (!FUTURE.test(around)) return false;
  let clauseStart = 0;
  let clauseEnd = around.length;
  for (const boundary of around.matchAll(CLAUSE_END)) {
    if (boundary.index < start - from) clauseStart = boundary.index + 1;
    else if (boundary.index >= end - from) {
      clauseEnd = boundary.index;
      break;
    }
  }
  return FUTURE.test(around.slice(clauseStart, clauseEnd));
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
