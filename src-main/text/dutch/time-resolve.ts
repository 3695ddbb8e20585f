/**
 * From a matched TIME expression to its TIMEX3 value, read against the
 * anchor. The precision rule lives in `atPrecision`: an expression that
 * needs a day (weekday, `gisteren`, `vorige week`) or a month (`vorige
 * maand`) from an anchor that lacks it gets the anchor itself; without an
 * anchor the unknown parts are X (`XXXX-XX-XX`, `XXXX-WXX-1`, `XXXX-07`).
 */
import {
  addMonths,
  type Anchor,
  anchorDay,
  anchorValue,
  dayNumber,
  dayValue,
  isoWeekday,
  isoWeekMonday,
  isoWeekValue,
  isRealDate,
  type Lean,
  monthValue,
  type Precision,
  seasonYear,
  yearForMonth,
  yearValue,
} from './time-anchor.ts';
import type { TimeGroups } from './time-pattern.ts';
import {
  AGO_UNITS,
  AGO_COUNTS,
  DAY_WORDS,
  DECADE_WORDS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  QUARTER_WORDS,
  RELATIVE_WORDS,
  SEASONS,
  WEEKDAYS,
} from './time-words.ts';

export interface ResolveContext {
  anchor: Anchor | null;
  /** Whether the clause is in the future tense; computed only when asked. */
  future: () => boolean;
  /** Whether a signal before the span looks back (`sinds`): a month without a year is then a past one. */
  sinceSignal: boolean;
  /** The day of a day-precise TIME right before a clock time (`maandag om 15.00 uur`), or null. */
  dayBefore: string | null;
}

export const lean = (ctx: ResolveContext): Lean =>
  ctx.sinceSignal ? 'past' : ctx.future() ? 'future' : 'near';
const lower = (s: string | undefined): string => (s ?? '').toLowerCase();
const pad2 = (n: number): string => String(n).padStart(2, '0');

function atPrecision(
  anchor: Anchor | null,
  need: Precision,
  unknown: string,
  compute: (a: Anchor) => string,
): string {
  if (anchor === null) return unknown;
  if ((need === 'day' && anchor.day === null) || (need === 'month' && anchor.month === null))
    return anchorValue(anchor);
  return compute(anchor);
}

/** Day arithmetic on a day-precise anchor (`atPrecision` guarantees one). */
function onDay(anchor: Anchor, days: (today: number) => number): string {
  return dayValue(days(anchorDay(anchor) ?? 0));
}

const mondayOf = (day: number): number => day - isoWeekday(day) + 1;

type WeekdayMode = 'past' | 'future' | 'previous' | 'next' | 'this';

function weekdayDay(today: number, weekday: number, mode: WeekdayMode): number {
  const back = (isoWeekday(today) - weekday + 7) % 7;
  const ahead = (weekday - isoWeekday(today) + 7) % 7;
  if (mode === 'past') return today - back;
  if (mode === 'future') return today + ahead;
  if (mode === 'previous') return today - (back || 7);
  if (mode === 'next') return today + (ahead || 7);
  return mondayOf(today) + weekday - 1;
}

function weekdayValue(anchor: Anchor | null, weekday: number, mode: WeekdayMode): string {
  return atPrecision(anchor, 'day', `XXXX-WXX-${weekday}`, (a) =>
    onDay(a, (t) => weekdayDay(t, weekday, mode)),
  );
}

/** A weekday of the week `offset` weeks from the anchor's (`vorige week dinsdag`). */
function weekdayOfWeek(anchor: Anchor | null, weekday: number, offset: number): string {
  return atPrecision(anchor, 'day', `XXXX-WXX-${weekday}`, (a) =>
    onDay(a, (t) => mondayOf(t) + offset * 7 + weekday - 1),
  );
}

const weekdayNumber = (word: string): number => WEEKDAYS[word.slice(0, word.indexOf('dag') + 3)] ?? 1;

export function resolveWeekday(g: TimeGroups, ctx: ResolveContext): string {
  const day = weekdayNumber(lower(g['weekdayD']));
  const rel = g['weekdayRel'];
  if (rel !== undefined) return weekdayOfWeek(ctx.anchor, day, RELATIVE_WORDS[lower(rel)] ?? 0);
  return weekdayValue(ctx.anchor, day, ctx.future() ? 'future' : 'past');
}

export function resolveRelativeWeekday(g: TimeGroups, ctx: ResolveContext): string {
  const day = weekdayNumber(lower(g['relDayD']));
  const offset = RELATIVE_WORDS[lower(g['relDayW'])] ?? 0;
  return weekdayValue(ctx.anchor, day, offset < 0 ? 'previous' : offset > 0 ? 'next' : 'this');
}

export function resolveDayWord(g: TimeGroups, ctx: ResolveContext): string {
  const word = lower(g['dayWordW']);
  const offset = word.startsWith('gister') ? -1 : word.startsWith('morgen') ? 1 : (DAY_WORDS[word] ?? 0);
  return atPrecision(ctx.anchor, 'day', 'XXXX-XX-XX', (a) => onDay(a, (t) => t + offset));
}

/** `vorige week`, `deze maand`, `volgend jaar`, …; `unit` one of week, weekend, maand, jaar, kwartaal, decennium, eeuw. */
export function resolveUnit(
  unit: string,
  offset: number,
  ctx: ResolveContext,
  weekday: number | null = null,
): string {
  const { anchor } = ctx;
  switch (unit) {
    case 'week':
      if (weekday !== null) return weekdayOfWeek(anchor, weekday, offset);
      return atPrecision(anchor, 'day', 'XXXX-WXX', (a) => isoWeekValue((anchorDay(a) ?? 0) + offset * 7));
    case 'weekend':
      return atPrecision(anchor, 'day', 'XXXX-WXX-WE', (a) => {
        const today = anchorDay(a) ?? 0;
        const saturday =
          offset === 0 ? mondayOf(today) + 5 : weekdayDay(today, 6, offset < 0 ? 'previous' : 'next');
        return `${isoWeekValue(saturday)}-WE`;
      });
    case 'maand':
      return atPrecision(anchor, 'month', 'XXXX-XX', (a) => {
        const m = addMonths(a.year, a.month ?? 1, offset);
        return monthValue(m.year, m.month);
      });
    case 'kwartaal':
      return atPrecision(anchor, 'month', 'XXXX-QX', (a) => {
        const m = addMonths(a.year, a.month ?? 1, offset * 3);
        return `${yearValue(m.year)}-Q${Math.ceil(m.month / 3)}`;
      });
    case 'decennium':
      return atPrecision(anchor, 'year', 'XXXX', (a) => `${Math.floor(a.year / 10) + offset}X`);
    case 'eeuw':
      return atPrecision(anchor, 'year', 'XX', (a) => pad2(Math.floor(a.year / 100) + offset));
    default:
      return atPrecision(anchor, 'year', 'XXXX', (a) => yearValue(a.year + offset));
  }
}

export function resolveRelative(g: TimeGroups, ctx: ResolveContext): string {
  const offset = RELATIVE_WORDS[lower(g['relW'])] ?? 0;
  if (g['relWeek'] !== undefined) {
    const day = g['relWeekDay'];
    return resolveUnit('week', offset, ctx, day === undefined ? null : weekdayNumber(lower(day)));
  }
  return resolveUnit(lower(g['relU']), offset, ctx);
}

export function resolveSeason(g: TimeGroups, ctx: ResolveContext): string {
  const season = SEASONS[lower(g['seasonN'])] ?? 'SU';
  const year = g['seasonY'];
  if (year !== undefined) return `${year}-${season}`;
  const offset = RELATIVE_WORDS[lower(g['seasonRel'])] ?? 0;
  return atPrecision(
    ctx.anchor,
    'year',
    `XXXX-${season}`,
    (a) => `${yearValue(seasonYear(a, season, offset))}-${season}`,
  );
}

export function resolveMonth(g: TimeGroups, ctx: ResolveContext): string {
  const month = MONTHS[lower(g['monthN'])] ?? 1;
  const year = g['monthY'];
  if (year !== undefined) return `${year}-${pad2(month)}`;
  return atPrecision(ctx.anchor, 'year', `XXXX-${pad2(month)}`, (a) =>
    monthValue(yearForMonth(a, month, lean(ctx)), month),
  );
}

/** `12 juli (2021)`; null when that day does not exist. */
export function resolveDate(g: TimeGroups, ctx: ResolveContext): string | null {
  const name = lower(g['dateM']).replace(/\.$/, '');
  const month = MONTHS[name] ?? MONTH_ABBREVIATIONS[name] ?? 1;
  const day = Number(g['dateD']);
  const given = g['dateY'];
  if (given === undefined && ctx.anchor === null)
    return isRealDate(2000, month, day) ? `XXXX-${pad2(month)}-${pad2(day)}` : null;
  const year =
    given !== undefined
      ? Number(given)
      : yearForMonth(ctx.anchor ?? { year: 0, month: null, day: null }, month, lean(ctx));
  return isRealDate(year, month, day) ? `${monthValue(year, month)}-${pad2(day)}` : null;
}

export function resolveNumericDate(year: number, month: number, day: number): string | null {
  return isRealDate(year, month, day) ? `${monthValue(year, month)}-${pad2(day)}` : null;
}

export function resolveWeekNumber(g: TimeGroups, ctx: ResolveContext): string | null {
  const week = Number(g['weekN']);
  const given = g['weekY'];
  const year = given !== undefined ? Number(given) : ctx.anchor?.year;
  if (year === undefined) return week >= 1 && week <= 53 ? `XXXX-W${pad2(week)}` : null;
  return isoWeekMonday(year, week) === null ? null : `${yearValue(year)}-W${pad2(week)}`;
}

export function resolveQuarter(g: TimeGroups, ctx: ResolveContext): string {
  const quarter = QUARTER_WORDS[lower(g['quarterN'])] ?? 1;
  const given = g['quarterY'];
  if (given !== undefined) return `${given}-Q${quarter}`;
  const offset = RELATIVE_WORDS[lower(g['quarterRel'])] ?? 0;
  return atPrecision(
    ctx.anchor,
    'year',
    `XXXX-Q${quarter}`,
    (a) => `${yearValue(a.year + offset)}-Q${quarter}`,
  );
}

export function resolveDecade(g: TimeGroups): string {
  const word = g['decadeW'];
  if (word !== undefined) {
    const context = lower(g['decadeC']);
    const century = context.includes('deze') ? 20 : context.includes('negentiende') ? 18 : 19;
    return `${century}${DECADE_WORDS[lower(word)] ?? 0}X`;
  }
  const digit = g['decadeN'];
  if (digit !== undefined) return `${Number(digit) >= 2 ? 19 : 20}${digit}X`;
  return `${g['decadeY'] ?? 'XXX'}X`;
}

/** `drie jaar geleden` (sign -1) or `over drie jaar` (sign +1). */
export function resolveShift(countWord: string, unitWord: string, sign: -1 | 1, ctx: ResolveContext): string {
  const count = lower(countWord);
  const n = sign * (/^\d+$/.test(count) ? Number(count) : (AGO_COUNTS.get(count) ?? 1));
  const unit = AGO_UNITS[lower(unitWord)] ?? 'year';
  if (unit === 'day') return resolveDays(n, ctx);
  return resolveUnit(unit === 'week' ? 'week' : unit === 'month' ? 'maand' : 'jaar', n, ctx);
}

/** `eerste helft van 2021` → `2021-H1`. */
export function resolveHalf(g: TimeGroups, ctx: ResolveContext): string {
  const half = lower(g['halfN']) === 'eerste' ? 1 : 2;
  const given = g['halfY'];
  if (given !== undefined) return `${given}-H${half}`;
  const offset = RELATIVE_WORDS[lower(g['halfRel'])] ?? 0;
  return atPrecision(ctx.anchor, 'year', `XXXX-H${half}`, (a) => `${yearValue(a.year + offset)}-H${half}`);
}

export function resolveDays(offset: number, ctx: ResolveContext): string {
  return atPrecision(ctx.anchor, 'day', 'XXXX-XX-XX', (a) => onDay(a, (t) => t + offset));
}

/** `15.00 uur` on the day named right before it, else the article's day. */
export function resolveClock(hour: number, minute: number, ctx: ResolveContext): string {
  const { anchor } = ctx;
  const day =
    ctx.dayBefore ??
    (anchor?.day != null && anchor.month !== null
      ? dayValue(dayNumber(anchor.year, anchor.month, anchor.day))
      : 'XXXX-XX-XX');
  return `${day}T${pad2(hour)}:${pad2(minute)}`;
}
