const MAX_TITLE = 90;

/**
 * Where a sentence ends: a full stop, ? or ! (with a closing quote or
 * bracket perhaps), then white space and a capital, digit or opening quote.
 * Not inside "2.500" or "o.a." followed by a small letter.
 */
const SENTENCE_END = /[.!?…]['"’”)]*(?=\s+['"‘“(]?[\p{Lu}\p{N}])/u;

/**
 * A readable title for a document that has none: its first line when that
 * is short (a heading), else its first sentence, cut at a word boundary when
 * still too long. Sample articles have no headline, so the list and the
 * header need this.
 */
export function deriveTitle(text: string): string {
  const firstLine = firstNonBlankLine(text).trim().replace(/\s+/g, ' ');
  const end = firstLine.length > MAX_TITLE ? SENTENCE_END.exec(firstLine) : null;
  const title = end ? firstLine.slice(0, end.index + end[0].length) : firstLine;
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE);
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
