/**
 * Dutch names of countries and territories: what `Intl.DisplayNames` gives in
 * Dutch for every two-letter ISO 3166 code, plus the short and older forms
 * Dutch news uses that it does not give (`VS`, `Engeland`, `Birma`, …).
 */

/** Codes ICU names that are not a country or territory: unions, groupings, test and unknown codes. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** Forms Dutch news writes that ICU's names lack. */
const COMMON_FORMS = [
  'VS',
  'Amerika',
  'Groot-Brittannië',
  'Engeland',
  'Schotland',
  'Wales',
  'Noord-Ierland',
  'Holland',
  'Palestina',
  'Congo',
  'Wit-Rusland',
  'Macedonië',
  'Swaziland',
  'Vaticaan',
];

/** "Hongkong SAR van China" → "Hongkong"; "Myanmar (Birma)" → "Myanmar" and "Birma". */
function formsOf(name: string): string[] {
  const sar = / SAR van .*$/.exec(name);
  if (sar) return [name.slice(0, sar.index)];
  const aside = /^(.+?) \((.+)\)$/.exec(name);
  if (aside?.[1] && aside[2]) return [aside[1], aside[2]];
  return [name];
}

let cached: string[] | null = null;

/** Every name, once; ICU is asked once per process. */
export function countryNames(): readonly string[] {
  if (cached) return cached;
  const names = new Intl.DisplayNames(['nl'], { type: 'region', fallback: 'none' });
  const found = new Set<string>();
  const A = 'A'.charCodeAt(0);
  for (let first = 0; first < 26; first++) {
    for (let second = 0; second < 26; second++) {
      const code = String.fromCharCode(A + first, A + second);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      // A name in lower case is a grouping ("eurozone"), not a country.
      if (name && /^\p{Lu}/u.test(name)) for (const form of formsOf(name)) found.add(form);
    }
  }
  for (const form of COMMON_FORMS) found.add(form);
  cached = [...found];
  return cached;
}
