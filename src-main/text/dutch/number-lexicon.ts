/**
 * The words around a Dutch number that change what it means: its unit, the
 * bound or approximator before it, and the context that makes it no
 * quantity at all (a year, a date, an article reference). Lower-cased keys;
 * an abbreviation keeps its dot ("ca.").
 */
import type { NumberAttributes } from './mention.ts';

export interface UnitWord {
  unit: string;
  /** Divides the value: a cent is a hundredth of a euro. */
  divisor?: number;
}

const unitEntries = (unit: string, words: string[], divisor?: number): [string, UnitWord][] =>
  words.map((w) => [w, divisor === undefined ? { unit } : { unit, divisor }]);

/** Currency symbols written before the amount. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'],
  ['$', 'USD'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
]);

export const PERCENT_UNITS = new Set(['procent', 'procentpunt', 'promille']);

/** Unit words after a number: ISO 4217 codes for money, else the measure's singular Dutch name. */
export const UNIT_WORDS: ReadonlyMap<string, UnitWord> = new Map([
  ...unitEntries('EUR', ['euro', "euro's", 'eur']),
  ...unitEntries('EUR', ['cent', 'eurocent'], 100),
  ...unitEntries('USD', ['dollar', 'dollars', 'usd']),
  ...unitEntries('GBP', ['pond', 'gbp']),
  ...unitEntries('JPY', ['yen']),
  ...unitEntries('CNY', ['yuan', 'renminbi']),
  ...unitEntries('RUB', ['roebel', 'roebels']),
  ...unitEntries('CHF', ['frank']),
  ...unitEntries('procent', ['procent', 'pct']),
  ...unitEntries('procentpunt', ['procentpunt', 'procentpunten']),
  ...unitEntries('promille', ['promille']),
  ...unitEntries('kilometer', ['kilometer', 'kilometers', 'km']),
  ...unitEntries('meter', ['meter', 'meters', 'm']),
  ...unitEntries('centimeter', ['centimeter', 'cm']),
  ...unitEntries('millimeter', ['millimeter', 'mm']),
  ...unitEntries('mijl', ['mijl']),
  ...unitEntries('hectare', ['hectare']),
  ...unitEntries('kilogram', ['kilo', "kilo's", 'kilogram', 'kg']),
  ...unitEntries('gram', ['gram']),
  ...unitEntries('ton', ['ton']),
  ...unitEntries('liter', ['liter', 'liters']),
  ...unitEntries('graad', ['graden', 'graad']),
  ...unitEntries('megawatt', ['megawatt', 'mw']),
  ...unitEntries('gigawatt', ['gigawatt', 'gw']),
  ...unitEntries('kilowattuur', ['kilowattuur', 'kwh']),
  ...unitEntries('vat', ['vaten']),
  ...unitEntries('jaar', ['jaar']),
  ...unitEntries('maand', ['maand', 'maanden']),
  ...unitEntries('week', ['week', 'weken']),
  ...unitEntries('dag', ['dag', 'dagen']),
  ...unitEntries('nacht', ['nacht', 'nachten']),
  ...unitEntries('etmaal', ['etmaal', 'etmalen']),
  ...unitEntries('uur', ['uur', 'uren']),
  ...unitEntries('minuut', ['minuut', 'minuten']),
  ...unitEntries('seconde', ['seconde', 'seconden']),
  ...unitEntries('eeuw', ['eeuw', 'eeuwen']),
]);

/** Units written straight after the digits ("5km", "20%"); letters only where no word is meant. */
export const ATTACHED_UNITS = new Set(['km', 'kg', 'cm', 'mm', 'm', 'mw', 'gw', 'kwh', 'mln', 'mrd', 'mld']);

/** "vierkante kilometer": a prefix that makes the next unit a different one. */
export const UNIT_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['vierkante', 'vierkante'],
  ['kubieke', 'kubieke'],
]);

type Bound = Exclude<NumberAttributes['mod'], 'exact' | 'range'>;

/** Bounds and approximators before a number, up to three words; they stay outside the span. */
export const BOUND_PHRASES: ReadonlyMap<string, Bound> = new Map([
  ...(
    [
      'ongeveer',
      'circa',
      'ca.',
      "zo'n",
      'zo’n',
      'rond',
      'rond de',
      'rondom',
      'omstreeks',
      'bijna',
      'zowat',
      'pakweg',
      'ruwweg',
      'plusminus',
      'naar schatting',
      'bij benadering',
      'om en nabij',
      'tegen de',
    ] as const
  ).map((w): [string, Bound] => [w, 'approx']),
  ...(
    [
      'ruim',
      'zeker',
      'meer dan',
      'minstens',
      'tenminste',
      'ten minste',
      'minimaal',
      'op zijn minst',
      'niet minder dan',
      'boven de',
      'dik',
    ] as const
  ).map((w): [string, Bound] => [w, 'min']),
  ...(
    [
      'minder dan',
      'maximaal',
      'hooguit',
      'hoogstens',
      'ten hoogste',
      'tot wel',
      'tot maximaal',
      'niet meer dan',
      'nog geen',
      'onder de',
    ] as const
  ).map((w): [string, Bound] => [w, 'max']),
]);

/** Words before a number that make it a reference, a name's part or a rank, not a quantity. */
export const REFERENCE_WORDS = new Set([
  'artikel',
  'art.',
  'lid',
  'paragraaf',
  'hoofdstuk',
  'nummer',
  'nr.',
  'no.',
  'pagina',
  'blz.',
  'bladzijde',
  'bijlage',
  'versie',
  'fase',
  'etappe',
  'ronde',
  'speelronde',
  'groep',
  'lijn',
  'bus',
  'perron',
  'spoor',
  'zaal',
  'niveau',
  'stap',
  'level',
  'categorie',
  'klasse',
  'code',
  'jaren',
  'kamerstuk',
  'postbus',
  'huisnummer',
]);

export const MONTHS = new Set([
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'jan.',
  'feb.',
  'mrt.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'okt.',
  'nov.',
  'dec.',
]);

/** Words before a four-digit number that make it a year. */
export const YEAR_CONTEXT = new Set([
  'in',
  'sinds',
  'sedert',
  'tot',
  'van',
  'uit',
  'voor',
  'na',
  'eind',
  'einde',
  'begin',
  'medio',
  'midden',
  'vanaf',
  'tussen',
  'rond',
  'omstreeks',
  'jaar',
  'zomer',
  'winter',
  'lente',
  'herfst',
  'voorjaar',
  'najaar',
  'het',
  ...MONTHS,
]);

/** Words before "N uur" that make it a time of day. */
export const CLOCK_WORDS = new Set(['om', 'omstreeks', 'vanaf', 'tegen', 'rond', 'uiterlijk', 'sinds']);

/** Words that make "van X tot Y" or "met X tot Y" a change rather than a range. */
export const CHANGE_WORDS = new Set([
  'verlagen',
  'verlaagd',
  'verlaagt',
  'verhogen',
  'verhoogd',
  'verhoogt',
  'gestegen',
  'stijgt',
  'stijgen',
  'steeg',
  'stegen',
  'gedaald',
  'daalt',
  'dalen',
  'daalde',
  'daalden',
  'teruggebracht',
  'terugbrengen',
  'gegroeid',
  'groeit',
  'groeide',
  'gekrompen',
  'krimpt',
  'kromp',
  'opgetrokken',
  'opgelopen',
  'loopt',
  'liep',
  'teruggeschroefd',
  'toegenomen',
  'afgenomen',
  'verdubbeld',
  'gezakt',
  'zakte',
  'klom',
  'teruggelopen',
  'afgebouwd',
  'uitgebreid',
]);
