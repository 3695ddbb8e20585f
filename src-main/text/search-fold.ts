const PLAIN = /^[\x20-\x7e]*$/;
const MARKS = /\p{M}/gu;
const CONTROLS = /\p{Cc}/gu;

/**
 * The form the document filter compares: lower case, without accents or other
 * combining marks, compatibility characters spelled out (NFKD: "ĳ" → "ij",
 * "…" → "..."), control characters as spaces. So "beeindigen" finds
 * "beëindigen" and "élysée" finds "ÉLYSÉE", as a Dutch annotator expects; the
 * stored text is never changed, only what the filter looks at.
 */
export function foldForSearch(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(CONTROLS, ' ');
}
