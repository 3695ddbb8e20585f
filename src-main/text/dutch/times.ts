/**
 * Dutch TIME mentions, resolved against the article date (`meta.date`:
 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or null). A character scan
 * (time-trigger.ts) finds where a time can start, one sticky regex
 * (time-pattern.ts) reads it there, cheap checks on the words around it
 * decide, and time-resolve.ts gives the TIMEX3 value. Offsets are UTF-16,
 * `end` exclusive, sorted, not overlapping.
 *
 * Span convention:
 * - Position words are part of the expression and INSIDE the span; they set
 *   `mod`: `begin` START, `eind`/`einde` END, `midden`/`medio`/`half`/
 *   `halverwege` MID (`eind dit jaar`, `einde van het jaar`, `half juni`).
 * - Prepositions and signals stay OUTSIDE and set `mod` where they imply
 *   one: `sinds`/`sedert`/`vanaf`/`na` AFTER, `voor`/`vóór`/`uiterlijk`
 *   BEFORE, `rond`/`omstreeks`/`circa`/`ca.` APPROX; `in`, `tot`, `tegen`,
 *   `van`, `tussen`, `uit`, `om` set none (`van 2010 tot 2014` is
 *   two TIMEs). A position word inside the span wins over a signal (`sinds
 *   begin 2014` is START).
 * - Articles (`de`, `het`) and classifier nouns (`het jaar 2011`, `de maand
 *   september`) stay outside too: the span starts at the first word that
 *   carries the time (`de jaren negentig` → `jaren negentig`, `het afgelopen
 *   jaar` → `afgelopen jaar`); demonstratives are inside (`deze week`).
 * - `geleden` and `over` are inside (`drie jaar geleden`, `over twee weken`):
 *   without them the words are a duration.
 *
 * Values and precision:
 * - A value is never more precise than the article date: a weekday, a day
 *   word, a week or weekend needs a day-precise date, a month-relative
 *   expression (`vorige maand`) a month; with less, the value is the article
 *   date itself (`maandag`, `vorige week` read against `2021-07` → `2021-07`).
 *   Without an article date the unknown parts are X (`gisteren` →
 *   `XXXX-XX-XX`, `maandag` → `XXXX-WXX-1`, `juli` → `XXXX-07`).
 * - A bare weekday is the latest such day on or before the article date, or
 *   the first on or after it when its clause is in the future tense (`zal`,
 *   `zullen`, `gaat`, `gaan`, `volgende`, `komende`); `vorige`/`afgelopen`
 *   maandag the latest strictly before, `volgende`/`komende` the first
 *   strictly after, `maandag vorige week` that week's Monday.
 * - A month, date or named day (`Koningsdag`, `Pasen`, `Prinsjesdag`)
 *   without a year is the latest on or before the article's month, unless
 *   the next one is at most two months ahead; the first on or after it in a
 *   future clause, the latest before it after `sinds`. With only a year, it
 *   falls in that year.
 * - Seasons: WI is the winter starting in December of its year; `komende
 *   zomer` the first starting after the article's month. Weeks are ISO weeks
 *   (`2020-W53`), weekends `2021-W27-WE`, halves `2021-H1`, quarters
 *   `2021-Q3`, decades `199X` (`jaren twintig` is the 1920s unless `van deze
 *   eeuw` follows), centuries `19`.
 * - A bare 4-digit number is a year only in a time context: a signal before
 *   it (`in`, `sinds`, `tot`, `uit`, `van`, `het jaar` …), a position word,
 *   a range (`2010-2014`), a list of times it continues (`2010 en 2014`), or
 *   the start of a sentence (Dutch spells other numbers out there); never
 *   when a currency or counted thing follows (`tot 2000 militairen`).
 * - A clock time (`15.00 uur`, `om 9 uur`) is a TIME on the day named right
 *   before it, else the article's day: `2021-07-14T15:00`.
 * - Not TIME: durations (`drie jaar`, `twee weken`, `de afgelopen jaren`),
 *   `nu`/`momenteel`, anaphora (`die dag`, `toen`, `dagen later`).
 */
import { parseAnchor } from './time-anchor.ts';
import { agoAt, continuesWord, nextTimeStart } from './time-trigger.ts';
import { isCounted, isFutureClause, isYearContext, signalBefore, signalMod } from './time-context.ts';
import { AGO_BEFORE, AGO_WORD, matchTimeAt, type TimeGroups, type TimeMatch } from './time-pattern.ts';
import {
  resolveClock,
  resolveDate,
  resolveDayWord,
  resolveDecade,
  resolveHalf,
  resolveMonth,
  resolveNumericDate,
  resolveQuarter,
  resolveRelative,
  resolveRelativeWeekday,
  resolveSeason,
  resolveShift,
  resolveUnit,
  resolveWeekday,
  resolveWeekNumber,
  lean,
  type ResolveContext,
} from './time-resolve.ts';
import { resolveHoliday } from './time-holidays.ts';
import { POSITION_WORDS, type PositionMod } from './time-words.ts';
import type { TimeAttributes, TimeMention } from './mention.ts';

/** Expressions a position word can sit in front of (`eind juli`, not `eind maandag`). */
const TAKES_POSITION = new Set(['year', 'month', 'rel', 'decade', 'season', 'quarter', 'week']);

/** Rule names by kind; a position word in the span makes it `time.part`. */
const RULES: Readonly<Record<string, string>> = {
  iso: 'time.date',
  num: 'time.date',
  date: 'time.date',
  week: 'time.week',
  half: 'time.half',
  holiday: 'time.holiday',
  quarter: 'time.quarter',
  decade: 'time.decade',
  ago: 'time.relative',
  later: 'time.relative',
  rel: 'time.relative',
  relDay: 'time.weekday',
  season: 'time.season',
  month: 'time.month',
  dayWord: 'time.relative',
  weekday: 'time.weekday',
  clock: 'time.clock',
  year: 'time.year',
};

const KINDS = Object.keys(RULES);
/**
 * Signals that make `15 uur` or `9.30` a clock time rather than a duration
 * or a number; not `na`, `binnen` or `sinds` (`na 24 uur` is a duration).
 */
const CLOCK_SIGNALS = new Set(['om', 'rond', 'omstreeks', 'tegen', 'vanaf', 'tot', 'tussen', 'uiterlijk']);
/** A bare season is a time only after these (`in het najaar`), not in `de zomer is warm`. */
const SEASON_SIGNALS = new Set(['in', 'na', 'voor', 'vóór', 'tot', 'sinds', 'vanaf', 'rond', 'tegen']);

interface Candidate {
  kind: string;
  start: number;
  end: number;
  position: PositionMod | undefined;
  groups: TimeGroups;
}

const isDayValue = (timex: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(timex);

export function findTimes(text: string, articleDate: string | null): TimeMention[] {
  const anchor = parseAnchor(articleDate);
  const mentions: TimeMention[] = [];
  let at = nextTimeStart(text, 0);
  while (at >= 0) {
    const candidate = candidateAt(text, at);
    let next = at + 1;
    if (candidate !== null) {
      const previous = mentions.at(-1);
      const attributes =
        (!previous || previous.end <= candidate.start) && resolve(text, candidate, anchor, previous);
      // A refused candidate (`31 februari`, `1500 mensen`) is skipped whole: no part of it is a time either.
      next = Math.max(next, candidate.end);
      if (attributes)
        mentions.push({ start: candidate.start, end: candidate.end, rule: ruleOf(candidate), attributes });
    }
    at = nextTimeStart(text, next);
  }
  return mentions;
}

function candidateAt(text: string, index: number): Candidate | null {
  if (agoAt(text, index)) return agoCandidate(text, index);
  const match = matchTimeAt(text, index);
  return match === null ? null : toCandidate(match);
}

/** `drie jaar geleden`, read back from `geleden` at `index`. */
function agoCandidate(text: string, index: number): Candidate | null {
  const end = index + AGO_WORD.length;
  if (continuesWord(text, end + 1)) return null;
  const before = text.slice(Math.max(0, index - 24), index);
  const match = AGO_BEFORE.exec(before);
  if (match === null) return null;
  return {
    kind: 'ago',
    start: index - before.length + match.index,
    end,
    position: undefined,
    groups: match.groups ?? {},
  };
}

function toCandidate(match: TimeMatch): Candidate | null {
  const { groups } = match;
  const start = match.index;
  const end = start + match.length;
  if (groups['posUnit'] !== undefined) {
    return {
      kind: 'posUnit',
      start,
      end,
      position: POSITION_WORDS[(groups['posUnitP'] ?? '').toLowerCase()],
      groups,
    };
  }
  const kind = KINDS.find((k) => groups[k] !== undefined);
  if (kind === undefined) return null;
  const pre = groups['pre'];
  if (pre === undefined) return { kind, start, end, position: undefined, groups };
  if (!TAKES_POSITION.has(kind)) return { kind, start: start + pre.length, end, position: undefined, groups };
  return { kind, start, end, position: POSITION_WORDS[(groups['pos'] ?? '').toLowerCase()], groups };
}

function ruleOf(candidate: Candidate): string {
  if (candidate.position !== undefined) return 'time.part';
  return RULES[candidate.kind] ?? 'time.relative';
}

function resolve(
  text: string,
  c: Candidate,
  anchor: ReturnType<typeof parseAnchor>,
  previous: TimeMention | undefined,
): TimeAttributes | null {
  let future: boolean | undefined;
  const signal = signalBefore(text, c.start);
  const ctx: ResolveContext = {
    anchor,
    sinceSignal: signal === 'sinds' || signal === 'sedert',
    future: () => (future ??= isFutureClause(text, c.start, c.end)),
    dayBefore:
      previous &&
      c.start - previous.end <= 12 &&
      isDayValue(previous.attributes.timex) &&
      /^[\s,]*(?:om|rond|omstreeks|tegen|vanaf)?\s*$/i.test(text.slice(previous.end, c.start))
        ? previous.attributes.timex
        : null,
  };
  const timex = value(text, c, ctx, signal, previous?.end ?? -1);
  if (timex === null) return null;
  const mod = c.position ?? signalMod(signal);
  return mod === undefined ? { timex } : { timex, mod };
}

function value(
  text: string,
  c: Candidate,
  ctx: ResolveContext,
  signal: string | null,
  previousEnd: number,
): string | null {
  const g = c.groups;
  switch (c.kind) {
    case 'posUnit': {
      const unit = (g['posUnitU'] ?? '').toLowerCase();
      if (unit === 'jaar' || unit === 'maand' || unit === 'week') return resolveUnit(unit, 0, ctx);
      return resolveSeason({ seasonN: unit }, ctx);
    }
    case 'iso': {
      const [y, m, d] = (g['iso'] ?? '').split('-').map(Number);
      return resolveNumericDate(y ?? 0, m ?? 0, d ?? 0);
    }
    case 'num':
      return resolveNumericDate(Number(g['numY']), Number(g['numM']), Number(g['numD']));
    case 'date':
      return resolveDate(g, ctx);
    case 'week':
      return resolveWeekNumber(g, ctx);
    case 'quarter':
      return resolveQuarter(g, ctx);
    case 'decade':
      return resolveDecade(g);
    case 'ago':
      return resolveShift(g['agoN'] ?? '', g['agoU'] ?? '', -1, ctx);
    case 'later':
      return resolveShift(g['laterN'] ?? '', g['laterU'] ?? '', 1, ctx);
    case 'half':
      return resolveHalf(g, ctx);
    case 'holiday':
      return resolveHoliday(g['holidayN'] ?? '', g['holidayY'], ctx.anchor, () => lean(ctx));
    case 'rel':
      return resolveRelative(g, ctx);
    case 'relDay':
      return resolveRelativeWeekday(g, ctx);
    case 'season':
      if (
        g['seasonRel'] === undefined &&
        g['seasonY'] === undefined &&
        c.position === undefined &&
        !SEASON_SIGNALS.has(signal ?? '')
      )
        return null;
      return resolveSeason(g, ctx);
    case 'month':
      return resolveMonth(g, ctx);
    case 'dayWord':
      return isMorning(text, c) || isNowadays(text, c) ? null : resolveDayWord(g, ctx);
    case 'weekday':
      return resolveWeekday(g, ctx);
    case 'clock':
      return clockValue(g, ctx, signal);
    default:
      return yearValue(text, c, signal, previousEnd);
  }
}

/** `de morgen`, `die morgen`: the morning, not tomorrow. */
/** `vandaag de dag` means nowadays, not the article's day. */
function isNowadays(text: string, c: Candidate): boolean {
  return (
    /^vandaag$/i.test(text.slice(c.start, c.end)) &&
    /^ de dag(?![\p{L}])/iu.test(text.slice(c.end, c.end + 12))
  );
}

function isMorning(text: string, c: Candidate): boolean {
  return (
    /^morgen$/i.test(text.slice(c.start, c.end)) &&
    /(?:^|[^\p{L}])(?:de|die|deze|elke|iedere|volgende|vroege|goede)\s+$/iu.test(
      text.slice(Math.max(0, c.start - 10), c.start),
    )
  );
}

function clockValue(g: TimeGroups, ctx: ResolveContext, signal: string | null): string | null {
  const hour = Number(g['clockH']);
  const minute = g['clockM'] === undefined ? 0 : Number(g['clockM']);
  if (hour > 23 || minute > 59) return null;
  const hasMinutesAndUur = g['clockM'] !== undefined && g['clockU1'] !== undefined;
  if (!hasMinutesAndUur && !CLOCK_SIGNALS.has(signal ?? '')) return null;
  return resolveClock(hour, minute, ctx);
}

function yearValue(text: string, c: Candidate, signal: string | null, previousEnd: number): string | null {
  const year = Number(g(c, 'year'));
  if (year < 1000 || year > 2199 || isCounted(text, c.start, c.end)) return null;
  if (c.position === undefined && signal === null && !isYearContext(text, c.start, c.end, previousEnd))
    return null;
  return String(year);
}

const g = (c: Candidate, name: string): string => c.groups[name] ?? '';
