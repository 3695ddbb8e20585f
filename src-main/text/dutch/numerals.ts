/**
 * Spelled Dutch numerals, one lower-cased word at a time: "drieëntwintig",
 * "vijfhonderd", "tweeduizendvijfhonderd", "tweeënhalf", fractions
 * ("tweederde", "driekwart"), scale words ("miljoen", "mln"), vague counts
 * ("tientallen") and approximate "-tal" words ("tiental"). Pure string
 * parsing over small maps; the recognizer decides which words to ask about.
 */

const UNITS: ReadonlyMap<string, number> = new Map([
  ['een', 1],
  ['één', 1],
  ['twee', 2],
  ['drie', 3],
  ['vier', 4],
  ['vijf', 5],
  ['zes', 6],
  ['zeven', 7],
  ['acht', 8],
  ['negen', 9],
]);

const TEENS: ReadonlyMap<string, number> = new Map([
  ['tien', 10],
  ['elf', 11],
  ['twaalf', 12],
  ['dertien', 13],
  ['veertien', 14],
  ['vijftien', 15],
  ['zestien', 16],
  ['zeventien', 17],
  ['achttien', 18],
  ['negentien', 19],
]);

const TENS: ReadonlyMap<string, number> = new Map([
  ['twintig', 20],
  ['dertig', 30],
  ['veertig', 40],
  ['vijftig', 50],
  ['zestig', 60],
  ['zeventig', 70],
  ['tachtig', 80],
  ['negentig', 90],
]);

/** The numerals of one plain word, one to ninety: what counts "drie jaar geleden". */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([...UNITS, ...TEENS, ...TENS]);

/** Scale words that multiply the number before them; abbreviations included. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['honderd', 100],
  ['duizend', 1e3],
  ['miljoen', 1e6],
  ['mln', 1e6],
  ['miljard', 1e9],
  ['mld', 1e9],
  ['mrd', 1e9],
  ['biljoen', 1e12],
]);

/** Plural scale words: "honderden miljoenen" multiplies the vague count before it. */
export const PLURAL_SCALES: ReadonlyMap<string, number> = new Map([
  ['miljoenen', 1e6],
  ['miljarden', 1e9],
]);

/** "tientallen" is at least two tens and fewer than ten: see {@link vagueRange}. */
const VAGUE: ReadonlyMap<string, number> = new Map([
  ['tientallen', 10],
  ['honderden', 100],
  ['duizenden', 1e3],
  ['tienduizenden', 1e4],
  ['honderdduizenden', 1e5],
  ['miljoenen', 1e6],
  ['miljarden', 1e9],
]);

/** Denominators of spelled fractions ("twee derde", "een kwart"). */
export const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['derde', 3],
  ['kwart', 4],
  ['vierde', 4],
  ['vijfde', 5],
  ['zesde', 6],
  ['zevende', 7],
  ['achtste', 8],
  ['negende', 9],
  ['tiende', 10],
]);

/** Written as one word with the numerator; longer ones read as ordinals ("zeventiende"). */
const WORD_FRACTIONS = ['derde', 'kwart', 'vierde'];

export type Numeral =
  | { kind: 'number'; value: number }
  /** "half", "halve": a number only after "een" or a numeral. */
  | { kind: 'half' }
  /** "tientallen": a vague count of this scale. */
  | { kind: 'vague'; scale: number }
  /** "tiental", "honderdtal": about this many. */
  | { kind: 'about'; value: number };

/** The range a vague count of `scale` stands for: 2×scale up to 10×scale − 1. */
export function vagueRange(scale: number, times: number): { min: number; max: number } {
  return { min: 2 * scale * times, max: (10 * scale - 1) * times };
}

function below100(s: string): number | null {
  const simple = UNITS.get(s) ?? TEENS.get(s) ?? TENS.get(s);
  if (simple !== undefined) return simple;
  for (const [tensWord, tens] of TENS) {
    if (!s.endsWith(tensWord)) continue;
    const head = s.slice(0, s.length - tensWord.length);
    const unitWord = head.endsWith('ën') || head.endsWith('en') ? head.slice(0, -2) : null;
    const unit = unitWord === null ? undefined : UNITS.get(unitWord);
    return unit === undefined ? null : tens + unit;
  }
  return null;
}

function belowThousand(s: string): number | null {
  const at = s.indexOf('honderd');
  if (at < 0) return below100(s);
  const head = s.slice(0, at);
  const tail = s.slice(at + 'honderd'.length);
  const times = head === '' ? 1 : below100(head);
  const rest = tail === '' ? 0 : below100(tail);
  if (times === null || rest === null || times > 19) return null;
  return times * 100 + rest;
}

/** A whole number written as one word, below a million. */
export function integerWord(s: string): number | null {
  if (s === 'nul') return 0;
  const at = s.indexOf('duizend');
  if (at < 0) return belowThousand(s);
  const head = s.slice(0, at);
  const tail = s.slice(at + 'duizend'.length);
  const times = head === '' ? 1 : belowThousand(head);
  const rest = tail === '' ? 0 : belowThousand(tail);
  if (times === null || rest === null) return null;
  return times * 1000 + rest;
}

const TAL_BASES = new Set(['tien', 'honderd', 'duizend', ...TENS.keys()]);

/** What a lower-cased word means as a numeral, or null when it is none. */
export function numeralWord(s: string): Numeral | null {
  if (s === 'half' || s === 'halve') return { kind: 'half' };
  if (s === 'anderhalf' || s === 'anderhalve') return { kind: 'number', value: 1.5 };
  const vague = VAGUE.get(s);
  if (vague !== undefined) return { kind: 'vague', scale: vague };
  if (s.endsWith('tal')) {
    const base = s.slice(0, -3);
    const value = TAL_BASES.has(base) ? integerWord(base) : null;
    return value === null ? null : { kind: 'about', value };
  }
  if (s.endsWith('enhalf') || s.endsWith('ënhalf')) {
    const whole = integerWord(s.slice(0, -6));
    return whole === null ? null : { kind: 'number', value: whole + 0.5 };
  }
  const fraction = fractionWord(s);
  if (fraction !== null) return { kind: 'number', value: fraction };
  const value = integerWord(s);
  return value === null ? null : { kind: 'number', value };
}

/** "tweederde", "driekwart": a numerator and a denominator in one word. */
function fractionWord(s: string): number | null {
  for (const word of WORD_FRACTIONS) {
    const denominator = DENOMINATORS.get(word);
    if (denominator === undefined || !s.endsWith(word) || s.length === word.length) continue;
    const numerator = integerWord(s.slice(0, s.length - word.length));
    if (numerator !== null && numerator > 0 && numerator < denominator) return numerator / denominator;
  }
  return null;
}

/** Every word a spelled number can start with but "een" and "één", for the recognizer's candidate regex. */
export const NUMERAL_STARTS: readonly string[] = [
  'nul',
  'anderhal',
  ...[...UNITS.keys()].filter((w) => w !== 'een' && w !== 'één'),
  ...TEENS.keys(),
  ...TENS.keys(),
  ...[...SCALES.keys()].filter((w) => w.length > 3),
];

/** Words after which "een" is a number: "een miljoen", "een half", "een derde". */
export const EEN_FOLLOWERS: readonly string[] = [
  'half',
  'halve',
  ...DENOMINATORS.keys(),
  ...[...SCALES.keys()].filter((w) => w.length > 3),
];
