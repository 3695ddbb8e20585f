/**
 * A document's published date: a year, a month or a day, as `YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`, with a month and day that exist. The one rule
 * for every way a date comes in (JSONL `meta.date`, the ` date ` header of
 * a `.txt` article).
 */
import { english, type MainText, say } from './messages/say.ts';

/** The forms a date is written in, as a sentence's part in the window's language, and in English. */
export const DATE_FORMS_TEXT = say('records.dateForms');
export const DATE_FORMS = english(DATE_FORMS_TEXT);

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isPublishedDate(value: string): boolean {
  const match = SHAPE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(year), m);
}

/** Why `value` is not a published date, for a message that names where it came from first. */
export function dateProblem(value: string): MainText | null {
  if (isPublishedDate(value)) return null;
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return say('records.notADate', { value: JSON.stringify(shown), forms: DATE_FORMS_TEXT });
}
