/**
 * Two amounts joined into one range: "10 tot 20", "10 à 20", "10-20",
 * "tussen 10 en 20" (the "tussen" stays outside the span). "van 5200 tot
 * 3000" and "verhoogd van 65 tot 67" are changes, not ranges: two numbers.
 * "3-1" (single digits, no unit) is a score and "14-07-2021" a date: neither
 * is a NUMBER at all.
 */
import { CHANGE_WORDS, MONTHS } from './number-lexicon.ts';
import { readQuantity, readUnit, type Quantity, type Unit } from './number-quantity.ts';
import { isDigit, isInlineSpace, nextWord, prevWord, skipSpaces } from './text-scan.ts';

export interface Amount {
  q: Quantity;
  unit: Unit | null;
  end: number;
}

export function readAmount(text: string, pos: number): Amount | null {
  const q = readQuantity(text, pos);
  if (q === null) return null;
  const unit = readUnit(text, q.end);
  return { q, unit, end: unit?.end ?? q.end };
}

export type RangeRead = { kind: 'range'; second: Amount } | { kind: 'neither'; end: number } | null;

const isDash = (c: string): boolean => c === '-' || c === '–';

/** Where the second amount starts and how it was joined, or null when no range connector follows. */
function connector(text: string, first: Amount): { at: number; how: 'dash' | 'tot' | 'à' | 'en' } | null {
  const q = first.q;
  const after = skipSpaces(text, first.end);
  if (isDash(text.charAt(after)) && !q.spelled) {
    const tight = after === first.end && isDigit(text.charCodeAt(after + 1));
    const spaced = after > first.end && isInlineSpace(text.charCodeAt(after + 1));
    return tight || spaced ? { at: skipSpaces(text, after + 1), how: 'dash' } : null;
  }
  const word = nextWord(text, first.end);
  if (word === null) return null;
  if (word.lower === 'tot') {
    const en = nextWord(text, word.end);
    const met = en?.lower === 'en' ? nextWord(text, en.end) : null;
    return { at: skipSpaces(text, met?.lower === 'met' ? met.end : word.end), how: 'tot' };
  }
  if (word.lower === 'à' || word.lower === 'á') return { at: skipSpaces(text, word.end), how: 'à' };
  if (word.lower === 'en' && afterBetween(text, q.start)) {
    return { at: skipSpaces(text, word.end), how: 'en' };
  }
  return null;
}

/** "tussen 10 en 20", "tussen de 10 en 20". */
function afterBetween(text: string, start: number): boolean {
  const prev = prevWord(text, start);
  if (prev?.lower === 'tussen') return true;
  return prev?.lower === 'de' && prevWord(text, prev.start)?.lower === 'tussen';
}

/** "verlaagd van 5200 tot 3000", "groeide met 120.000 tot 17,9 miljoen": a change word shortly before. */
function isChange(text: string, first: Quantity): boolean {
  const lead = prevWord(text, first.start);
  if (lead?.lower !== 'van' && lead?.lower !== 'met') return false;
  let at = lead.start;
  for (let n = 0; n < 4; n++) {
    const w = prevWord(text, at);
    if (w === null) return false;
    if (CHANGE_WORDS.has(w.lower)) return true;
    at = w.start;
  }
  return false;
}

const singleDigit = (q: Quantity): boolean => q.plain && q.digits.length === 1;

/** Reads a range after `first`; `neither` marks a score or a date to skip whole. */
export function readRange(text: string, first: Amount): RangeRead {
  if (first.q.vague !== undefined || first.q.about || first.q.value === undefined) return null;
  const join = connector(text, first);
  if (join === null) return null;
  const second = readAmount(text, join.at);
  if (second === null || second.q.vague !== undefined || second.q.about || second.q.value === undefined) {
    return null;
  }
  if (join.how === 'dash') {
    if (second.q.spelled) return null;
    const afterSecond = text.charAt(second.q.end);
    const dateLike =
      (second.q.plain && second.q.digits.startsWith('0')) ||
      ((isDash(afterSecond) || afterSecond === '/') && isDigit(text.charCodeAt(second.q.end + 1)));
    const score =
      first.q.value >= second.q.value ||
      (singleDigit(first.q) && singleDigit(second.q) && first.unit === null && second.unit === null);
    if (dateLike || score) return { kind: 'neither', end: second.end };
  }
  const next = nextWord(text, second.end);
  if (next !== null && MONTHS.has(next.lower)) return { kind: 'neither', end: second.end };
  if (first.q.value >= second.q.value) return null;
  if (join.how === 'tot' && isChange(text, first.q)) return null;
  return { kind: 'range', second };
}
