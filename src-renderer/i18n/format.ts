import { i18n } from './i18n.ts';

// Formatters are costly to build; keep one per language.
const numbers = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

/** A figure grouped the way the interface language writes it (12,345 / 12.345), as i18next's `number` does. */
export function formatNumber(n: number): string {
  const lng = i18n.language;
  let f = numbers.get(lng);
  if (!f) numbers.set(lng, (f = new Intl.NumberFormat(lng)));
  return f.format(n);
}

/** A moment as the interface language writes a date and time. */
export function formatDateTime(when: Date | number): string {
  const lng = i18n.language;
  let f = dates.get(lng);
  if (!f) dates.set(lng, (f = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(when);
}
