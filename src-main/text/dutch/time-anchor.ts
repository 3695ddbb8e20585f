/**
 * The article date a relative time is read against, and the calendar
 * arithmetic the TIME rules need (UTC days, ISO weeks), with the precision
 * rule: a value is never more precise than the anchor.
 */
import { isPublishedDate } from '../date.ts';
import type { Season } from './time-words.ts';

export type Precision = 'year' | 'month' | 'day';

export interface Anchor {
  year: number;
  /** 1–12, or null when the article date is only a year. */
  month: number | null;
  /** 1–31, or null when the article date is a year or a month. */
  day: number | null;
}

export function parseAnchor(articleDate: string | null): Anchor | null {
  if (articleDate === null || !isPublishedDate(articleDate)) return null;
  const [y, m, d] = articleDate.split('-').map(Number);
  return { year: y ?? 0, month: m ?? null, day: d ?? null };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const yearValue = (year: number): string => pad(year, 4);
export const monthValue = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

/** The anchor itself as a value: what a finer expression falls back to. */
export function anchorValue(anchor: Anchor): string {
  if (anchor.month === null) return yearValue(anchor.year);
  if (anchor.day === null) return monthValue(anchor.year, anchor.month);
  return `${monthValue(anchor.year, anchor.month)}-${pad(anchor.day)}`;
}

/** Days since 1970-01-01 (UTC), the unit of all day arithmetic here. */
export const dayNumber = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / 86_400_000;

export function anchorDay(anchor: Anchor): number | null {
  return anchor.month !== null && anchor.day !== null
    ? dayNumber(anchor.year, anchor.month, anchor.day)
    : null;
}

export function dayValue(days: number): string {
  const date = new Date(days * 86_400_000);
  return `${monthValue(date.getUTCFullYear(), date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** ISO day of the week, Monday 1 … Sunday 7. */
export const isoWeekday = (days: number): number => ((((days + 3) % 7) + 7) % 7) + 1;

/** `2020-W53`: the ISO week (Monday to Sunday; week 1 holds the year's first Thursday). */
export function isoWeekValue(days: number): string {
  const thursday = days - isoWeekday(days) + 4;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${yearValue(year)}-W${pad(week)}`;
}

/** The Monday of ISO week `week` of `year`, or null when the year has no such week. */
export function isoWeekMonday(year: number, week: number): number | null {
  const jan4 = dayNumber(year, 1, 4);
  const monday = jan4 - isoWeekday(jan4) + 1 + (week - 1) * 7;
  return week >= 1 && isoWeekValue(monday) === `${yearValue(year)}-W${pad(week)}` ? monday : null;
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    dayValue(dayNumber(year, month, day)) === `${monthValue(year, month)}-${pad(day)}`
  );
}

/** How a month named without a year leans: see `yearForMonth`. */
export type Lean = 'past' | 'future' | 'near';

/** How far ahead (in months) a month without a year may lie before it is read as last year's. */
const NEAR_AHEAD = 2;

/**
 * The year a month (and day) named without a year falls in: in a
 * future-tense clause the first occurrence on or after the anchor month;
 * after `sinds` the latest on or before it; otherwise the latest on or
 * before it unless the next one is at most two months ahead (news reports
 * the past, and announces what is near: `op 2 juli` in a June article).
 */
export function yearForMonth(anchor: Anchor, month: number, lean: Lean): number {
  if (anchor.month === null) return anchor.year;
  const ahead = month >= anchor.month ? anchor.year : anchor.year + 1;
  const behind = month <= anchor.month ? anchor.year : anchor.year - 1;
  if (lean === 'future') return ahead;
  if (lean === 'past') return behind;
  const monthsAhead = (ahead - anchor.year) * 12 + month - anchor.month;
  return monthsAhead > 0 && monthsAhead <= NEAR_AHEAD ? ahead : behind;
}

const SEASON_START: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The year of a season named relative to the anchor month (winter counts
 * from its December): `deze` the one of the anchor's year (or the winter
 * under way in January and February), `komende` the first one starting
 * after the anchor month, `vorige` the last one ended before it.
 */
export function seasonYear(anchor: Anchor, season: Season, offset: -1 | 0 | 1): number {
  const { year, month } = anchor;
  if (month === null) return year;
  const start = SEASON_START[season];
  const inEarlyWinter = season === 'WI' && month <= 2;
  if (offset === 0) return inEarlyWinter ? year - 1 : year;
  if (offset === 1) return month < start ? year : year + 1;
  if (season === 'WI') return inEarlyWinter ? year - 2 : year - 1;
  return month > start + 2 ? year : year - 1;
}
