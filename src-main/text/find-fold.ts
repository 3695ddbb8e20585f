const ASCII = /^\p{ASCII}*$/u;
const MARKS = /\p{M}/gu;

/** Folded form of each non-ASCII code unit met so far. */
const folded = new Map<number, string>();

function foldUnit(code: number): string {
  let f = folded.get(code);
  if (f === undefined) {
    const c = String.fromCharCode(code);
    const bare = c.normalize('NFD').replace(MARKS, '').toLowerCase();
    // Only a one-for-one fold keeps offsets: "ß", "İ", ligatures and lone surrogates stay as they are.
    f = bare.length === 1 ? bare : c;
    folded.set(code, f);
  }
  return f;
}

/**
 * The text as find compares it, of the same length as `text` so that an
 * offset into one is an offset into the other: lower case, accents dropped
 * ("Beëindigen" → "beeindigen"). The same matches SQLite's trigram index
 * makes with `remove_diacritics 1` (migration 009), so a document the index
 * finds shows its hits, and the in-document find agrees with the corpus search.
 */
export function foldForFind(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (i > from) parts.push(text.slice(from, i).toLowerCase());
    parts.push(foldUnit(code));
    from = i + 1;
  }
  parts.push(text.slice(from).toLowerCase());
  return parts.join('');
}

/** Where `needle` (folded) occurs in `haystack` (folded), left to right, not overlapping; at most `cap`. */
export function findAll(haystack: string, needle: string, cap = Infinity): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = haystack.indexOf(needle); at !== -1 && found.length < cap;) {
    found.push(at);
    at = haystack.indexOf(needle, at + needle.length);
  }
  return found;
}
