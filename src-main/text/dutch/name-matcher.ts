/**
 * One regular expression that finds any of many exact names in a text, built
 * once per run: the names are escaped and folded into a trie, so that the
 * engine walks shared prefixes once instead of trying every name at every
 * position. A match must stand as a word of its own: not inside a longer
 * word, and not a piece of a hyphenated compound ("VS" is not found in
 * "VS-troepen", "Kadhimi" not in "al-Kadhimi").
 */

/** Letters and digits are word characters; a hyphen joins two words into one. */
const BEFORE = String.raw`(?<![\p{L}\p{N}\p{M}]|[\p{L}\p{N}][-‐‑])`;
const AFTER = String.raw`(?![\p{L}\p{N}\p{M}]|[-‐‑][\p{L}\p{N}])`;

const BEFORE_AT = new RegExp(BEFORE, 'uy');
const AFTER_AT = new RegExp(AFTER, 'uy');

// Only syntax characters may be escaped in a `u` pattern (`\-` is an error there).
const escapeChar = (c: string): string => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

function trieOf(names: Iterable<string>): Trie {
  const root: Trie = { end: false, next: new Map() };
  for (const name of names) {
    let node = root;
    for (const c of name) {
      let child = node.next.get(c);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** The trie as a pattern; longer names are tried first, so the longest match wins. */
function patternOf(node: Trie): string {
  const branches = [...node.next].map(([c, child]) => escapeChar(c) + patternOf(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 && !node.end ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/** An alternation of `names` as one pattern, folded into a trie (longest first); without boundaries. */
export const alternationOf = (names: Iterable<string>): string => `(?:${patternOf(trieOf(names))})`;

export interface NameMatch {
  start: number;
  end: number;
  name: string;
}

/** A finder for `names` (empty names are ignored); null when there is nothing to find. */
export function nameMatcher(names: Iterable<string>): ((text: string) => NameMatch[]) | null {
  const kept = [...new Set(names)].filter((n) => n.length > 0);
  if (kept.length === 0) return null;
  // The boundary before a name is checked after a match: as a lookbehind at
  // the front it kept the engine from skipping ahead to the names' first letters.
  const pattern = new RegExp(`${patternOf(trieOf(kept))}${AFTER}`, 'gu');
  return (text) => {
    const found: NameMatch[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      BEFORE_AT.lastIndex = m.index;
      if (BEFORE_AT.test(text)) found.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
      // Not a word start: a shorter name may still start inside this match.
      else pattern.lastIndex = m.index + 1;
    }
    return found;
  };
}

/** Whether text[start, end) stands as a word of its own by the same rule. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  BEFORE_AT.lastIndex = start;
  AFTER_AT.lastIndex = end;
  return BEFORE_AT.test(text) && AFTER_AT.test(text);
}
