/**
 * The Dutch words the TIME rules know, each list once: the patterns are
 * built from the keys and the resolvers read the values.
 */
import { COUNT_WORDS } from './numerals.ts';

/** ISO day of the week (Monday 1 … Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  maandag: 1,
  dinsdag: 2,
  woensdag: 3,
  donderdag: 4,
  vrijdag: 5,
  zaterdag: 6,
  zondag: 7,
};

/** Parts of the day a weekday or `gister`/`morgen` may carry (`maandagavond`); the value stays the day. */
export const DAY_PARTS = ['ochtend', 'morgen', 'middag', 'avond', 'nacht'] as const;

export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
};

/** Abbreviations, read only next to a day number (`3 okt.`), where they cannot be a name. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mrt: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export const SEASONS: Readonly<Record<string, Season>> = {
  lente: 'SP',
  voorjaar: 'SP',
  zomer: 'SU',
  herfst: 'FA',
  najaar: 'FA',
  winter: 'WI',
};

/** Days relative to the article date. */
export const DAY_WORDS: Readonly<Record<string, number>> = {
  eergisteren: -2,
  gister: -1,
  gisteren: -1,
  vandaag: 0,
  vanochtend: 0,
  vanmorgen: 0,
  vanmiddag: 0,
  vanavond: 0,
  vannacht: 0,
  morgen: 1,
  overmorgen: 2,
};

/** `vorige week` is -1, `deze week` 0, `volgende week` +1. */
export const RELATIVE_WORDS: Readonly<Record<string, -1 | 0 | 1>> = {
  vorige: -1,
  vorig: -1,
  afgelopen: -1,
  verleden: -1,
  voorbije: -1,
  voorbij: -1,
  deze: 0,
  dit: 0,
  volgende: 1,
  volgend: 1,
  komende: 1,
  komend: 1,
};

export type PositionMod = 'START' | 'MID' | 'END';

/** Position words inside a span (`eind dit jaar`): they set `mod`. */
export const POSITION_WORDS: Readonly<Record<string, PositionMod>> = {
  begin: 'START',
  eind: 'END',
  einde: 'END',
  midden: 'MID',
  medio: 'MID',
  half: 'MID',
  halverwege: 'MID',
};

/** `jaren negentig` → decade digit 9. */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twintig: 2,
  dertig: 3,
  veertig: 4,
  vijftig: 5,
  zestig: 6,
  zeventig: 7,
  tachtig: 8,
  negentig: 9,
};

export const QUARTER_WORDS: Readonly<Record<string, number>> = {
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  laatste: 4,
};

/** Counts in `drie jaar geleden`: definite ones only (`enkele jaren geleden` has no value). */
export const AGO_COUNTS: ReadonlyMap<string, number> = new Map([...COUNT_WORDS, ['honderd', 100]]);

export type AgoUnit = 'day' | 'week' | 'month' | 'year';

export const AGO_UNITS: Readonly<Record<string, AgoUnit>> = {
  dag: 'day',
  dagen: 'day',
  week: 'week',
  weken: 'week',
  maand: 'month',
  maanden: 'month',
  jaar: 'year',
  jaren: 'year',
};

/** Signal words before a span (outside it) and the `mod` they imply; `null` = a time context without one. */
export const SIGNALS: Readonly<Record<string, 'BEFORE' | 'AFTER' | 'APPROX' | null>> = {
  sinds: 'AFTER',
  sedert: 'AFTER',
  vanaf: 'AFTER',
  na: 'AFTER',
  voor: 'BEFORE',
  vóór: 'BEFORE',
  uiterlijk: 'BEFORE',
  rond: 'APPROX',
  rondom: 'APPROX',
  omstreeks: 'APPROX',
  circa: 'APPROX',
  'ca.': 'APPROX',
  in: null,
  uit: null,
  van: null,
  tot: null,
  'tot en met': null,
  't/m': null,
  tussen: null,
  tegen: null,
  anno: null,
  per: null,
  om: null,
  jaar: null,
  periode: null,
  seizoen: null,
};

/**
 * Words after a 4-digit number that make it a count, not a year
 * (`tot 2000 militairen`): currencies, measures and the counted things news counts most.
 */
export const COUNTED_AFTER = [
  'euro',
  'dollar',
  'pond',
  'procent',
  'pct',
  'mensen',
  'man',
  'personen',
  'doden',
  'slachtoffers',
  'militairen',
  'soldaten',
  'troepen',
  'inwoners',
  'kilometer',
  'km',
  'meter',
  'kilo',
  'ton',
  'stemmen',
  'woningen',
  'huizen',
  'banen',
  'leden',
  'deelnemers',
  'gevallen',
  'keer',
  // a count of time units is a duration, not a year (`sinds 1000 dagen`)
  'dagen',
  'weken',
  'maanden',
  'jaar',
  'jaren',
  'uur',
  'minuten',
] as const;

/** Words that put a clause in the future tense (a bare weekday then means the next one). */
export const FUTURE_WORDS = ['zal', 'zullen', 'zult', 'gaat', 'gaan', 'volgende', 'komende'] as const;

/** A regex alternation of a list's words, longest first so a prefix never wins over the whole word. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}
