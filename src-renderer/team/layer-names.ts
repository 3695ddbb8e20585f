/** How the window names and marks a layer: initials and a colour per annotator, never colour alone. */

/** Colours that read on light and dark backgrounds; an annotator keeps theirs across documents. */
const PALETTE = ['#d9480f', '#1971c2', '#2b8a3e', '#9c36b5', '#e67700', '#0c8599', '#c2255c', '#5c940d'];

export function layerColor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#888';
}

/** "anna" → "A", "Anna de Vries" → "AV". */
export function initials(name: string): string {
  const words = name.split(/[\s._-]+/).filter((w) => w.length > 0);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}
