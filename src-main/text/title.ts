const MAX_TITLE = 90;

/**
 * A readable title for a document that has none: its first line, cut at a
 * word boundary. Sample articles have no headline, so the list needs this.
 */
export function deriveTitle(text: string): string {
  const firstLine = firstNonBlankLine(text).trim().replace(/\s+/g, ' ');
  if (firstLine.length <= MAX_TITLE) return firstLine;
  const cut = firstLine.slice(0, MAX_TITLE);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** Looks only as far as the first line with text: splitting a whole article per import is wasted work. */
function firstNonBlankLine(text: string): string {
  let from = 0;
  while (from < text.length) {
    const newline = text.indexOf('\n', from);
    const to = newline === -1 ? text.length : newline;
    const line = text.slice(from, to);
    if (line.trim() !== '') return line;
    from = to + 1;
  }
  return '';
}
