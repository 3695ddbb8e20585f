import { i18n } from '../i18n/i18n.ts';

// One formatter per language: building one is costly.
const formats = new Map<string, Intl.NumberFormat>();

/**
 * A figure as the Agreement screen shows it: three decimals in the interface
 * language's way (0.750 / 0,750), or a dash where it is not defined.
 */
export function figure(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const lng = i18n.language;
  let f = formats.get(lng);
  if (!f)
    formats.set(
      lng,
      (f = new Intl.NumberFormat(lng, { minimumFractionDigits: 3, maximumFractionDigits: 3 })),
    );
  return f.format(value);
}
