/**
 * Dutch sentence splitting over tokens, for CoNLL-2002's blank lines. It looks
 * only at the tokens and at line breaks, never at how much white space sits
 * between tokens, so a text rebuilt from the tokens (single spaces, a line
 * break between sentences) splits into the same sentences again.
 *
 * A sentence ends at a line break, and after `.`, `!`, `?` or `…` (with any
 * closing quotes or brackets after it) when the next token starts with a
 * capital, a digit or an opening quote or bracket, unless the `.` closes an
 * abbreviation ("o.a.", "bijv.", "mr.", "dr.", an initial "J.") or stands
 * between two numbers. "2.500" and "1,5" are one token, so numbers never end
 * a sentence. A sentence is never
 * ended inside a span the caller keeps (`joined`).
 */
import type { TokenOffsets } from './token-offsets.ts';

const TERMINALS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '’', '”', ')', ']', '»']);
const OPENERS = new Set(['"', "'", '‘', '“', '„', '(', '[', '«', '-', '–', '—']);
/** Line breaks, as UTF-16 units: \n \r \v \f U+0085 U+2028 U+2029. */
const LINE_BREAKS = new Set([0x0a, 0x0d, 0x0b, 0x0c, 0x85, 0x2028, 0x2029]);
/** Dutch abbreviations whose `.` does not end a sentence (case matters: "VS." does end one). */
const ABBREVIATIONS = new Set([
  'o.a',
  'bijv',
  'bv',
  'mr',
  'Mr',
  'dr',
  'Dr',
  'drs',
  'Drs',
  'ir',
  'Ir',
  'ing',
  'prof',
  'Prof',
  'mevr',
  'Mevr',
  'dhr',
  'Dhr',
  'ds',
  'St',
  'blz',
  'nr',
  'Nr',
  'ca',
  'enz',
  'etc',
  'e.a',
  'e.d',
  'd.w.z',
  'm.a.w',
  'i.p.v',
  't.o.v',
  'z.g',
  'zgn',
  'jl',
  'vgl',
  'resp',
  'jan',
  'feb',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
]);

const startsSentence = (t: string): boolean => OPENERS.has(t) || /^[\p{Lu}\p{Lt}\p{N}]/u.test(t);
const isInitial = (t: string): boolean => /^\p{Lu}$/u.test(t);

/**
 * Sentences as [first, end) token index ranges. `joined(i)` is true when
 * tokens i and i + 1 must stay in one sentence (a kept span covers both).
 */
export function splitSentences(
  text: string,
  { starts, ends, count }: TokenOffsets,
  joined: (i: number) => boolean,
): [number, number][] {
  const word = (i: number): string => (i >= 0 && i < count ? text.slice(starts[i], ends[i]) : '');
  const breaksLine = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (LINE_BREAKS.has(text.charCodeAt(i))) return true;
    return false;
  };
  const endsSentence = (i: number): boolean => {
    if (i + 1 >= count) return true;
    const end = ends[i] ?? 0;
    if (breaksLine(end, starts[i + 1] ?? 0)) return true;
    const closing = (t: string) => TERMINALS.has(t) || CLOSERS.has(t);
    // Every terminal and closer is one UTF-16 unit: a longer token is neither, and need not be cut out.
    if (end - (starts[i] ?? 0) !== 1 || !closing(word(i))) return false;
    // The run of terminals and closers that ends at i must hold a terminal.
    let first = i;
    while (first > 0 && closing(word(first - 1))) first--;
    let terminal = first;
    while (terminal <= i && !TERMINALS.has(word(terminal))) terminal++;
    if (terminal > i) return false;
    const after = word(i + 1);
    // The run goes on ("?!", a closing quote): the sentence ends after it.
    if (closing(after) || !startsSentence(after)) return false;
    const before = word(terminal - 1);
    // "2 . 500": a number split by a span edge, not a sentence end.
    const number = /\p{N}$/u.test(before) && /^\p{N}/u.test(after);
    const abbreviation = ABBREVIATIONS.has(before) || isInitial(before) || number;
    return !(word(terminal) === '.' && terminal === first && abbreviation);
  };
  const sentences: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    if (i + 1 < count && (joined(i) || !endsSentence(i))) continue;
    sentences.push([from, i + 1]);
    from = i + 1;
  }
  return sentences;
}
