import { i18n } from './i18n.ts';

// Formatters are costly to build; keep one per language.
const numbers = new Map<string, Intl.NumberFormat>();
const times = new Map<string, Intl.DateTimeFormat>();

/** A figure grouped the way the interface language writes it (12,345 / 12.345), as i18next's `number` does. */
export function formatNumber(n: number): string {
  const lng = i18n.language;
  let f = numbers.get(lng);
  if (!f) numbers.set(lng, (f = new Intl.NumberFormat(lng)));
  return f.format(n);
}

/** A time of day as the interface language writes it (14:05, 02:05 PM). */
export function formatTime(when: Date | number): string {
  const lng = i18n.language;
  let f = times.get(lng);
  if (!f) times.set(lng, (f = new Intl.DateTimeFormat(lng, { hour: '2-digit', minute: '2-digit' })));
  return f.format(when);
}
