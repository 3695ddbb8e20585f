/**
 * Named days (`Koningsdag`, `Pasen`, `Prinsjesdag`): a day of the year by
 * date, by Easter, or as the nth weekday of a month. Named without a year
 * they fall in the year a month would (`yearForMonth`).
 */
import { type Anchor, dayNumber, dayValue, isoWeekday, type Lean, yearForMonth } from './time-anchor.ts';

type HolidayRule =
  | { kind: 'date'; month: number; day: number }
  | { kind: 'easter'; offset: number }
  | { kind: 'nth'; month: number; weekday: number; n: number };

const date = (month: number, day: number): HolidayRule => ({ kind: 'date', month, day });
const easter = (offset: number): HolidayRule => ({ kind: 'easter', offset });

export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  nieuwjaarsdag: date(1, 1),
  valentijnsdag: date(2, 14),
  koninginnedag: date(4, 30),
  koningsdag: date(4, 27),
  dodenherdenking: date(5, 4),
  bevrijdingsdag: date(5, 5),
  pakjesavond: date(12, 5),
  sinterklaasavond: date(12, 5),
  kerstavond: date(12, 24),
  kerst: date(12, 25),
  kerstmis: date(12, 25),
  'eerste kerstdag': date(12, 25),
  'tweede kerstdag': date(12, 26),
  oudjaar: date(12, 31),
  oudejaarsdag: date(12, 31),
  oudejaarsavond: date(12, 31),
  'goede vrijdag': easter(-2),
  pasen: easter(0),
  paaszondag: easter(0),
  'eerste paasdag': easter(0),
  'tweede paasdag': easter(1),
  paasmaandag: easter(1),
  hemelvaartsdag: easter(39),
  pinksteren: easter(49),
  'eerste pinksterdag': easter(49),
  'tweede pinksterdag': easter(50),
  // The third Tuesday of September, when the King opens the parliamentary year.
  prinsjesdag: { kind: 'nth', month: 9, weekday: 2, n: 3 },
};

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm), as a day number. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

function holidayDay(rule: HolidayRule, year: number): number {
  if (rule.kind === 'date') return dayNumber(year, rule.month, rule.day);
  if (rule.kind === 'easter') return easterSunday(year) + rule.offset;
  const first = dayNumber(year, rule.month, 1);
  return first + ((rule.weekday - isoWeekday(first) + 7) % 7) + (rule.n - 1) * 7;
}

/** The month a holiday falls in around `year` (Easter moves between March and April). */
const holidayMonth = (rule: HolidayRule, year: number): number =>
  rule.kind === 'easter' ? Number(dayValue(holidayDay(rule, year)).slice(5, 7)) : rule.month;

/** `Koningsdag (2022)` → `2022-04-27`; without year or anchor only a fixed date is known (`XXXX-04-27`). */
export function resolveHoliday(
  name: string,
  year: string | undefined,
  anchor: Anchor | null,
  lean: () => Lean,
): string {
  const rule = HOLIDAYS[name.toLowerCase()];
  if (rule === undefined) return 'XXXX-XX-XX';
  if (year !== undefined) return dayValue(holidayDay(rule, Number(year)));
  if (anchor === null)
    return rule.kind === 'date'
      ? `XXXX-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`
      : 'XXXX-XX-XX';
  return dayValue(holidayDay(rule, yearForMonth(anchor, holidayMonth(rule, anchor.year), lean())));
}
