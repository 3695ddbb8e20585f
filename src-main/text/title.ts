const MAX_TITLE = 90;

/**
 * A readable title for a document that has none: its first line, cut at a
 * word boundary. Sample articles have no headline, so the list needs this.
 */
export function deriveTitle(text: string): string {
  const firstLine = (text.split('\n').find((l) => l.trim() !== '') ?? '').trim().replace(/\s+/g, ' ');
  if (firstLine.length <= MAX_TITLE) return firstLine;
  const cut = firstLine.slice(0, MAX_TITLE);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
