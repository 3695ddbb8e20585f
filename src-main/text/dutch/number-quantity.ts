/**
 * Reads one Dutch quantity at a position: digits with Dutch separators
 * ("2.500.000", "1,5") or spelled words ("drieëntwintig", "een half",
 * "twee derde", "tientallen"), then scale words ("miljoen", "mln"), then a
 * unit ("euro", "procent", "%", "kilometer"). No regex: a loop over code
 * units, so a long run of digits costs one pass.
 */
import {
  ATTACHED_UNITS,
  CURRENCY_SYMBOLS,
  UNIT_PREFIXES,
  UNIT_WORDS,
  type UnitWord,
} from './number-lexicon.ts';
import { DENOMINATORS, PLURAL_SCALES, SCALES, numeralWord, vagueRange } from './numerals.ts';
import { isDigit, isInlineSpace, isLetter, nextWord, prevWord, skipSpaces, wordEnd } from './text-scan.ts';

export interface Quantity {
  start: number;
  /** End of the number and its scale words, before any unit. */
  end: number;
  spelled: boolean;
  /** Unset for a vague count, which has `vague` instead. */
  value?: number;
  vague?: { min: number; max: number };
  /** "tiental": about this many. */
  about: boolean;
  /** What the scale words multiplied by ("miljoen": 1e6); 1 without one. */
  times: number;
  /** Digits only, no separator, sign, decimals or scale: may be a year or an id. */
  plain: boolean;
  /** The digits as written when `plain`. */
  digits: string;
  /** "12.30": a clock time, not a decimal. */
  clock: boolean;
  currency?: string;
}

export interface Unit {
  end: number;
  word: UnitWord;
}

interface Digits {
  end: number;
  /** All digits without separators, as an integer. */
  mantissa: number;
  decimals: number;
  plain: boolean;
  digits: string;
  clock: boolean;
}

function readDigitRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j;
}

/**
 * "2.500.000,75": dots group thousands, a comma starts the decimals; "1.5"
 * is read as 1.5; the round-amount mark in "€ 5,-" is part of the number.
 */
function readDigits(text: string, start: number): Digits {
  let end = readDigitRun(text, start);
  let digits = text.slice(start, end);
  let grouped = false;
  while (text.charCodeAt(end) === 46) {
    const groupEnd = readDigitRun(text, end + 1);
    if (groupEnd - end - 1 !== 3) break;
    digits += text.slice(end + 1, groupEnd);
    grouped = true;
    end = groupEnd;
  }
  let decimals = '';
  let clock = false;
  const sep = text.charCodeAt(end);
  if ((sep === 44 || (sep === 46 && !grouped)) && isDigit(text.charCodeAt(end + 1))) {
    const decEnd = readDigitRun(text, end + 1);
    decimals = text.slice(end + 1, decEnd);
    clock = sep === 46 && decimals.length === 2 && Number(digits) <= 24 && Number(decimals) <= 59;
    end = decEnd;
  }
  const dash = text.charCodeAt(end + 1);
  if (
    decimals === '' &&
    sep === 44 &&
    (dash === 45 || dash === 0x2013) &&
    !isDigit(text.charCodeAt(end + 2))
  ) {
    end += 2;
  }
  return {
    end,
    mantissa: Number(digits + decimals),
    decimals: decimals.length,
    plain: !grouped && decimals === '',
    digits,
    clock,
  };
}

/** The scale words after `end` ("miljoen", "mln", "honderd duizend"); attached "3mln" too. */
function readScales(text: string, end: number): { end: number; times: number } {
  let times = 1;
  let at = end;
  for (;;) {
    const attached = isLetter(text.charCodeAt(at));
    const start = attached ? at : skipSpaces(text, at);
    const stop = wordEnd(text, start);
    const scale = stop > start ? SCALES.get(text.slice(start, stop).toLowerCase()) : undefined;
    if (scale === undefined || (attached && !ATTACHED_UNITS.has(text.slice(start, stop).toLowerCase()))) {
      return { end: at, times };
    }
    times *= scale;
    at = stop;
  }
}

const isWordBoundary = (text: string, i: number): boolean =>
  i >= text.length || !isLetter(text.charCodeAt(i));

/** Words before "een derde" that make it a share: "met een derde", "ruim een derde". */
const SHARE_LEADS = new Set([
  'met',
  'dan',
  'nog',
  'slechts',
  'maar',
  'ruim',
  'bijna',
  'ongeveer',
  "zo'n",
  'zo’n',
  'circa',
]);

/**
 * "een derde" is a fraction before "van", "deel", a unit or punctuation, or
 * after "met", "ruim", …; "een derde termijn" is an ordinal.
 */
function fractionFollows(text: string, start: number, end: number): boolean {
  const prev = prevWord(text, start);
  if (prev !== null && SHARE_LEADS.has(prev.lower)) return true;
  const next = nextWord(text, end);
  if (next === null) return true;
  return next.lower === 'van' || next.lower === 'deel' || UNIT_WORDS.has(next.lower);
}

function digitsQuantity(text: string, start: number, numberStart: number, currency?: string): Quantity {
  const d = readDigits(text, numberStart);
  const scales = readScales(text, d.end);
  const negative = start < numberStart && currency === undefined;
  const value = ((negative ? -1 : 1) * d.mantissa * scales.times) / 10 ** d.decimals;
  return {
    start,
    end: scales.end,
    spelled: false,
    value,
    about: false,
    times: scales.times,
    plain: d.plain && scales.times === 1 && !negative,
    digits: d.digits,
    clock: d.clock,
    ...(currency === undefined ? {} : { currency }),
  };
}

function spelledQuantity(
  start: number,
  end: number,
  value: number | undefined,
  extra: Partial<Quantity>,
): Quantity {
  return {
    start,
    end,
    spelled: true,
    value,
    about: false,
    times: 1,
    plain: false,
    digits: '',
    clock: false,
    ...extra,
  };
}

/** "twee en een half": the half after a whole number. */
function readAndAHalf(text: string, end: number): number {
  const en = nextWord(text, end);
  if (en?.lower !== 'en') return -1;
  const een = nextWord(text, en.end);
  if (een?.lower !== 'een') return -1;
  const half = nextWord(text, een.end);
  return half?.lower === 'half' ? half.end : -1;
}

/** "tientallen", "een paar honderd": a vague count, times a plural scale after it ("honderden miljoenen"). */
function vagueQuantity(text: string, start: number, wordStop: number, scale: number): Quantity {
  const after = nextWord(text, wordStop);
  const times = after === null ? undefined : (PLURAL_SCALES.get(after.lower) ?? SCALES.get(after.lower));
  const end = times !== undefined && after !== null ? after.end : wordStop;
  return spelledQuantity(start, end, undefined, { vague: vagueRange(scale, times ?? 1), times: times ?? 1 });
}

/** "een paar honderd", "enkele duizend": a bare scale word after these is a vague count. */
const FEW = new Set(['paar', 'enkele', 'enige', 'aantal']);

/** "Hij acht de kans klein": the verb "achten", not eight. */
const VERB_OBJECTS = new Set([
  'het',
  'de',
  'dat',
  'dit',
  'die',
  'deze',
  'hem',
  'haar',
  'zich',
  'ze',
  'u',
  'mij',
  'me',
]);

function readSpelled(text: string, start: number): Quantity | null {
  const wordStop = wordEnd(text, start);
  const word = text.slice(start, wordStop).toLowerCase();
  const next = nextWord(text, wordStop);
  if (word === 'acht' && next !== null && VERB_OBJECTS.has(next.lower)) return null;
  if (word === 'een' || word === 'één') {
    const den = next === null ? undefined : DENOMINATORS.get(next.lower);
    if (next !== null && (next.lower === 'half' || next.lower === 'halve')) {
      const scales = readScales(text, next.end);
      return spelledQuantity(start, scales.end, 0.5 * scales.times, { times: scales.times });
    }
    if (next !== null && den !== undefined && (word === 'één' || fractionFollows(text, start, next.end))) {
      return spelledQuantity(start, next.end, 1 / den, {});
    }
    if (word === 'een' && (next === null || SCALES.get(next.lower) === undefined || next.lower.length <= 3)) {
      return null;
    }
  }
  const scaleWord = SCALES.get(word);
  const numeral = scaleWord !== undefined && scaleWord >= 1e6 ? null : numeralWord(word);
  if (numeral === null && (scaleWord === undefined || word.length <= 3)) return null;
  if (numeral?.kind === 'half') return null;
  if (numeral?.kind === 'vague') return vagueQuantity(text, start, wordStop, numeral.scale);
  if (scaleWord !== undefined && word.length > 3 && FEW.has(prevWord(text, start)?.lower ?? '')) {
    return vagueQuantity(text, start, wordStop, scaleWord);
  }
  if (numeral?.kind === 'about') return spelledQuantity(start, wordStop, numeral.value, { about: true });
  let value = numeral === null ? (scaleWord ?? 1) : numeral.value;
  let end = wordStop;
  const den = next === null ? undefined : DENOMINATORS.get(next.lower);
  if (next !== null && den !== undefined && Number.isInteger(value) && value >= 2 && value < den) {
    return spelledQuantity(start, next.end, value / den, {});
  }
  const half = readAndAHalf(text, end);
  if (half >= 0) {
    value += 0.5;
    end = half;
  }
  const scales = numeral === null ? { end, times: 1 } : readScales(text, end);
  return spelledQuantity(start, scales.end, value * scales.times, { times: scales.times });
}

/** The quantity whose first character is at `pos` (a digit, a currency symbol or a word), or null. */
export function readQuantity(text: string, pos: number): Quantity | null {
  const c = text.charCodeAt(pos);
  const currency = CURRENCY_SYMBOLS.get(text.charAt(pos));
  if (currency !== undefined) {
    const at = skipSpaces(text, pos + 1);
    return isDigit(text.charCodeAt(at)) ? digitsQuantity(text, pos, at, currency) : null;
  }
  if (isDigit(c)) {
    const sign = pos > 0 ? text.charCodeAt(pos - 1) : 0;
    const before = pos > 1 ? text.charCodeAt(pos - 2) : 32;
    const negative =
      (sign === 45 || sign === 0x2212) && (isInlineSpace(before) || before === 40 || before === 10);
    return digitsQuantity(text, negative ? pos - 1 : pos, pos);
  }
  if (!isWordBoundary(text, pos - 1) && pos > 0) return null;
  return readSpelled(text, pos);
}

/** The unit right after a quantity ("euro", "%", "vierkante kilometer", "km/u"), or null. */
export function readUnit(text: string, end: number): Unit | null {
  const at = skipSpaces(text, end);
  const c = text.charCodeAt(at);
  if (c === 37) {
    const point = text.startsWith('-punt', at + 1) ? wordEnd(text, at + 2) : at + 1;
    return { end: point, word: { unit: point > at + 1 ? 'procentpunt' : 'procent' } };
  }
  if (c === 0xb0) {
    const withC = text.charAt(at + 1) === 'C' && isWordBoundary(text, at + 2);
    return { end: withC ? at + 2 : at + 1, word: { unit: 'graad' } };
  }
  const stop = wordEnd(text, at);
  if (stop === at) return null;
  const lower = text.slice(at, stop).toLowerCase();
  if (at === end && !ATTACHED_UNITS.has(lower)) return null;
  const prefix = UNIT_PREFIXES.get(lower);
  if (prefix !== undefined) {
    const next = nextWord(text, stop);
    const base = next === null ? undefined : UNIT_WORDS.get(next.lower);
    return next !== null && base !== undefined
      ? { end: next.end, word: { unit: `${prefix} ${base.unit}` } }
      : null;
  }
  const word = UNIT_WORDS.get(lower);
  if (word === undefined) return null;
  return word.unit === 'kilometer' ? perHour(text, stop, word) : { end: stop, word };
}

/** "kilometer per uur", "km/u": a speed, not a distance. */
function perHour(text: string, stop: number, word: UnitWord): Unit {
  const speed = { unit: 'kilometer per uur' };
  if (text.charAt(stop) === '/' && 'uh'.includes(text.charAt(stop + 1)) && isWordBoundary(text, stop + 2)) {
    return { end: stop + 2, word: speed };
  }
  const per = nextWord(text, stop);
  const hour = per?.lower === 'per' ? nextWord(text, per.end) : null;
  return hour?.lower === 'uur' ? { end: hour.end, word: speed } : { end: stop, word };
}
