/**
 * Sentences, clauses and paragraphs of the article text, for the caret keys.
 * Only the paragraph around an offset is segmented, never the whole text (a
 * million characters): sentences do not cross a paragraph's blank line.
 */
import { ARTICLE_LANG } from './language.ts';

export interface Range {
  start: number;
  end: number;
}

/** The paragraph (between blank lines, `\n\n`) that holds `offset`. */
export function paragraphAt(text: string, offset: number): Range {
  const before = offset >= 2 ? text.lastIndexOf('\n\n', offset - 2) : -1;
  const after = text.indexOf('\n\n', offset);
  return { start: before === -1 ? 0 : before + 2, end: after === -1 ? text.length : after };
}

/** Where the next paragraph starts (`direction` 1), or where this one does, else the one before (-1). */
export function paragraphStep(text: string, offset: number, direction: 1 | -1): number {
  if (direction === 1) {
    const sep = text.indexOf('\n\n', offset);
    return sep === -1 ? text.length : sep + 2;
  }
  const { start } = paragraphAt(text, offset);
  if (start < offset) return start;
  return start <= 2 ? 0 : paragraphAt(text, start - 2).start;
}

const segmenter = new Intl.Segmenter(ARTICLE_LANG, { granularity: 'sentence' });

/** The sentences of the paragraph around `offset`, trailing white space left out. */
function sentencesAround(text: string, offset: number): Range[] {
  const paragraph = paragraphAt(text, offset);
  const body = text.slice(paragraph.start, paragraph.end);
  const sentences: Range[] = [];
  for (const { index, segment } of segmenter.segment(body)) {
    const start = paragraph.start + index;
    const end = start + segment.trimEnd().length;
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}

/** The sentence that holds `offset` (or ends right at it). */
export function sentenceAt(text: string, offset: number): Range | null {
  const sentences = sentencesAround(text, offset);
  return (
    sentences.find((s) => offset >= s.start && offset <= s.end) ??
    sentences.find((s) => s.start >= offset) ??
    sentences[sentences.length - 1] ??
    null
  );
}

/**
 * The start of the next sentence (direction 1) or, going back, of this
 * sentence when the caret is past its start, else of the one before; across
 * paragraphs. Null at the text's end (start).
 */
export function sentenceStep(text: string, offset: number, direction: 1 | -1): number | null {
  let at = offset;
  for (;;) {
    const starts = sentencesAround(text, at).map((s) => s.start);
    const found = direction === 1 ? starts.find((s) => s > offset) : starts.filter((s) => s < offset).pop();
    if (found !== undefined) return found;
    const paragraph = paragraphAt(text, at);
    if (direction === 1 ? paragraph.end >= text.length : paragraph.start === 0) return null;
    at = direction === 1 ? paragraph.end + 2 : paragraph.start - 2;
  }
}

/**
 * A clause: the part of a sentence between clause marks, that is a comma,
 * semicolon or colon followed by white space (not the comma of "2,5"), a
 * dash between spaces (" - ", " – ", " — ") or a parenthesis. The mark
 * itself and the white space around it stay outside the clause.
 */
const CLAUSE_MARK = /[,;:](?=\s)|\s[-–—]\s|[()]/g;

/** The clause that holds `offset`, trimmed of white space. */
export function clauseAt(text: string, offset: number): Range | null {
  const sentence = sentenceAt(text, offset);
  if (!sentence) return null;
  const body = text.slice(sentence.start, sentence.end);
  let start = 0;
  const parts: Range[] = [];
  for (const mark of body.matchAll(CLAUSE_MARK)) {
    parts.push({ start, end: mark.index });
    start = mark.index + mark[0].length;
  }
  parts.push({ start, end: body.length });
  const at = offset - sentence.start;
  const part = parts.find((p) => at >= p.start && at <= p.end) ?? parts[parts.length - 1];
  if (!part) return null;
  const slice = body.slice(part.start, part.end);
  const lead = slice.length - slice.trimStart().length;
  const end = part.start + slice.trimEnd().length;
  if (end <= part.start + lead) return sentence;
  return { start: sentence.start + part.start + lead, end: sentence.start + end };
}
