/**
 * The one compiled regex the TIME rules scan a text with. Each alternative
 * is a named group (the kind of expression); inner groups carry its parts.
 * No alternative repeats an unbounded group, so a match never backtracks
 * far; the checks that need context (a year needs a time signal, a bare
 * season needs `in het`) run afterwards, in times.ts.
 */
import {
  alternation,
  AGO_UNITS,
  AGO_COUNTS,
  DAY_PARTS,
  DAY_WORDS,
  DECADE_WORDS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  POSITION_WORDS,
  QUARTER_WORDS,
  RELATIVE_WORDS,
  SEASONS,
  WEEKDAYS,
} from './time-words.ts';
import { HOLIDAYS } from './time-holidays.ts';

const keys = (record: Readonly<Record<string, unknown>>): string => alternation(Object.keys(record));

const WEEKDAY = keys(WEEKDAYS);
const PART = alternation(DAY_PARTS);
const MONTH = keys(MONTHS);
/** An abbreviation keeps its full stop only when a year follows (`3 okt. 2020`), never a sentence's. */
const MONTH_SHORT = `(?:${keys(MONTH_ABBREVIATIONS)})(?:\\.(?= \\d{4}))?`;
const SEASON = keys(SEASONS);
const REL = keys(RELATIVE_WORDS);
const POS = keys(POSITION_WORDS);
const YEAR = '\\d{4}';
const DAY_WORD = keys(
  Object.fromEntries(
    Object.keys(DAY_WORDS)
      .filter((w) => w !== 'gister' && w !== 'gisteren' && w !== 'morgen')
      .map((w) => [w, 0]),
  ),
);

/**
 * Letters and digits of Dutch text (Latin-1 covers its accents). A class
 * instead of `\\p{L}` keeps the regexes out of unicode mode, which is
 * twice as fast.
 */
export const WORD_CHAR = '0-9A-Za-zÀ-ÖØ-öø-ÿ';

/**
 * `drie jaar geleden` is found from its last word: counts like `een` are
 * too common to try the full pattern at each.
 */
export const AGO_WORD = 'geleden';
/** `over drie weken`: `over` is inside the span, as `geleden` is; without it the words are a duration. */
export const LATER_WORD = 'over';
export const AGO_BEFORE = new RegExp(
  `(?<![${WORD_CHAR}])(?<agoN>\\d{1,3}|${alternation([...AGO_COUNTS.keys()])}) (?<agoU>${keys(AGO_UNITS)}) $`,
  'i',
);

const alternatives = [
  // iso date, then d-m-yyyy with one separator
  `(?<iso>${YEAR}-\\d{2}-\\d{2})(?!\\d)`,
  `(?<num>(?<numD>\\d{1,2})(?<numSep>[-/.])(?<numM>\\d{1,2})\\k<numSep>(?<numY>${YEAR}))`,
  `(?<date>(?:(?<dateWd>${WEEKDAY})(?:${PART})?,? )?(?<dateD>\\d{1,2}) (?<dateM>${MONTH}|${MONTH_SHORT})(?: (?<dateY>${YEAR}))?)`,
  `(?<week>week (?<weekN>\\d{1,2})(?: (?:van )?(?<weekY>${YEAR}))?)`,
  `(?<half>(?<halfN>eerste|tweede) (?:helft van (?:(?<halfY>${YEAR})|(?<halfRel>${REL}) jaar|het jaar)|jaarhelft))`,
  `(?<holiday>(?<holidayN>${keys(HOLIDAYS)})(?: (?<holidayY>${YEAR}))?)`,
  `(?<quarter>(?<quarterN>${keys(QUARTER_WORDS)}) kwartaal(?: (?:van )?(?:(?<quarterY>${YEAR})|(?<quarterRel>${REL}) jaar))?)`,
  `(?<decade>jaren (?:(?<decadeW>${keys(DECADE_WORDS)})|['’]?(?<decadeN>\\d)0|(?<decadeY>\\d{3})0)(?<decadeC> van de vorige eeuw| van deze eeuw| van de twintigste eeuw| van de negentiende eeuw)?)`,
  `(?<later>${LATER_WORD} (?<laterN>\\d{1,3}|${alternation([...AGO_COUNTS.keys()])}) (?<laterU>${keys(AGO_UNITS)}))`,
  `(?<rel>(?<relW>${REL}) (?:(?<relWeek>week)(?: (?<relWeekDay>${WEEKDAY}))?|(?<relU>maand|jaar|weekend|kwartaal|decennium|eeuw)))`,
  `(?<relDay>(?<relDayW>${REL}) (?<relDayD>${WEEKDAY})(?:${PART})?)`,
  `(?<season>(?:(?<seasonRel>${REL}) )?(?<seasonN>${SEASON})(?: (?:van )?(?<seasonY>${YEAR}))?)`,
  `(?<month>(?<monthN>${MONTH})(?: (?:van )?(?<monthY>${YEAR}))?)`,
  `(?<dayWord>(?<dayWordW>${DAY_WORD}|gister(?:en)?(?:${PART})?|morgen(?:${PART})?))`,
  `(?<weekday>(?<weekdayD>${WEEKDAY})(?:${PART})?(?: (?<weekdayRel>${REL}) week)?)`,
  `(?<clock>(?<clockH>\\d{1,2})(?:[.:](?<clockM>\\d{2})(?<clockU1> uur)?|(?<clockU2> uur)))`,
  `(?<year>${YEAR})`,
];

/** `eind van het jaar`: a position word with a unit that only it makes a time. */
const POSITION_UNIT = `(?<posUnit>(?<posUnitP>${POS}) van (?:het|de) (?<posUnitU>jaar|maand|week|${SEASON}))`;

/**
 * A pattern written with named groups, compiled without them: V8 builds a
 * `groups` object with every name on each match, which costs more than the
 * match itself, so the names become numbered groups and an index.
 */
function compileNumbered(source: string, flags: string): { regex: RegExp; names: [string, number][] } {
  const names: [string, number][] = [];
  let out = '';
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') {
      const ref = /^\\k<(\w+)>/.exec(source.slice(i));
      const named = ref && names.find(([name]) => name === ref[1]);
      out += named ? `\\${named[1]}` : source.slice(i, i + 2);
      i += named && ref ? ref[0].length - 1 : 1;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '(' && !inClass) {
      const name = /^\(\?<(\w+)>/.exec(source.slice(i));
      if (name?.[1] !== undefined) {
        names.push([name[1], ++count]);
        out += '(';
        i += name[0].length - 1;
        continue;
      }
      if (source[i + 1] !== '?') count++;
    }
    out += c;
  }
  return { regex: new RegExp(out, flags), names };
}

/**
 * Sticky: tried only where time-trigger.ts found a first word. Starts at a
 * word start (not inside `2.500`); ends at a word end (not before `,5`).
 */
const TIME_PATTERN = compileNumbered(
  `(?<![${WORD_CHAR}]|\\d[.,])(?:${POSITION_UNIT}|(?<pre>(?<pos>${POS})(?: van)? (?:het |de )?)?(?:${alternatives.join('|')}))(?![${WORD_CHAR}]|[.,]\\d)`,
  'iy',
);

export interface TimeMatch {
  index: number;
  length: number;
  /** Only the groups that took part in the match. */
  groups: TimeGroups;
}

/** The TIME expression starting exactly at `index`, or null. */
export function matchTimeAt(text: string, index: number): TimeMatch | null {
  const { regex, names } = TIME_PATTERN;
  regex.lastIndex = index;
  const match = regex.exec(text);
  if (match === null) return null;
  const groups: TimeGroups = {};
  for (const [name, at] of names) {
    const value = match[at];
    if (value !== undefined) groups[name] = value;
  }
  return { index, length: match[0].length, groups };
}

export type TimeGroups = Partial<Record<string, string>>;
