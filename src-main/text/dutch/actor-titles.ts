/**
 * ACTOR by title: a function word such as `premier`, `president`, `minister`
 * or `woordvoerder`, directly followed by a capitalised name. The span is the
 * name alone (`premier Mark Rutte` → `Mark Rutte`): the title says what the
 * person is, not who, and annotators mark the name so that every later
 * mention (`Rutte`) matches it. A name is one to four capitalised words,
 * initials (`F.`) included, with the particles of Dutch, Arabic and other
 * names between or in front of them (`van der`, `de`, `'t`, `al-`, `bin`).
 */
import type { Mention } from './mention.ts';
import { alternationOf } from './name-matcher.ts';

export interface ActorAttributes {
  kind: 'person' | 'organisation' | 'country' | 'group' | 'other';
}

const TITLES = [
  'premier',
  'vicepremier',
  'minister-president',
  'president',
  'vicepresident',
  'presidente',
  'minister',
  'staatssecretaris',
  'kanselier',
  'koning',
  'koningin',
  'prins',
  'prinses',
  'paus',
  'ayatollah',
  'sjeik',
  'emir',
  'generaal',
  'luitenant-generaal',
  'generaal-majoor',
  'brigadegeneraal',
  'admiraal',
  'kolonel',
  'majoor',
  'kapitein',
  'commandant',
  'woordvoerder',
  'woordvoerster',
  'secretaris-generaal',
  'ambassadeur',
  'gezant',
  'burgemeester',
  'gouverneur',
  'senator',
  'kamerlid',
  'fractievoorzitter',
  'partijleider',
  'oppositieleider',
  'leider',
  'topman',
  'topvrouw',
  'directeur',
  'voorzitter',
  'bestuursvoorzitter',
  'hoogleraar',
  'professor',
  'rechter',
  'aanklager',
  'advocaat',
  'imam',
  'dominee',
  'bisschop',
  'kardinaal',
];

/** `oud-premier`, `ex-president`, `interim-directeur`, `demissionair premier`. */
const PREFIX = String.raw`(?:(?:[Oo]ud|[Ee]x|[Ii]nterim|[Vv]ice)-|[Dd]emissionair\s+)?`;
/** A title in lower case, or capitalised at the start of a sentence. */
const TITLE_FORMS = TITLES.flatMap((t) => [t, `${t[0]?.toUpperCase() ?? ''}${t.slice(1)}`]);
const TITLE = alternationOf(TITLE_FORMS);
const PARTICLE = String.raw`(?:van|von|de|der|den|du|da|dos|del|della|di|le|la|ter|ten|te|in\s+'t|'t|’t|bin|ibn|ben|abu|bou|el|al|ul)`;
/** A capitalised word, perhaps with an `al-`-style prefix and inner hyphens or apostrophes; or an initial. */
const WORD = String.raw`(?:\p{Lu}\.|(?:(?:al|el|ad|an|as|ash|at|az|ul)-)?\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:[-'’]\p{L}[\p{Ll}\p{Lu}\p{M}]*)*)`;
const NAME = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD}){0,3}`;

const TITLED_AT = new RegExp(String.raw`${PREFIX}${TITLE}\s+(?<name>${NAME})(?![\p{L}\p{N}-])`, 'uy');

const WORD_PART = /[\p{L}\p{N}-]/u;
const startsWord = (text: string, at: number): boolean => at === 0 || !WORD_PART.test(text[at - 1] ?? '');

/** `oud-`, `ex-`, `interim-`, `vice-` before a title; `demissionair` with spaces after it. */
const HYPHEN_PREFIXES = ['oud-', 'Oud-', 'ex-', 'Ex-', 'interim-', 'Interim-', 'vice-', 'Vice-'];

/**
 * The words (runs of ASCII letters and hyphens, a space after them) that
 * TITLED_AT can start matching at: a title, a title with a hyphen prefix,
 * or `demissionair`. Trying the full pattern at every position of a text
 * was this rule's whole cost; the pattern now runs only at these words.
 */
const OPENERS = new Set([
  ...TITLE_FORMS,
  ...HYPHEN_PREFIXES.flatMap((p) => TITLE_FORMS.map((t) => p + t)),
  'demissionair',
  'Demissionair',
]);

/** A number for a word from its length and three of its letters, to rule most words out without slicing them. */
const keyOf = (text: string, start: number, end: number): number =>
  ((end - start) << 21) |
  (text.charCodeAt(start) << 14) |
  (text.charCodeAt(start + 1) << 7) |
  text.charCodeAt(end - 1);
const OPENER_KEYS = new Set([...OPENERS].map((w) => keyOf(w, 0, w.length)));

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiWordPart = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45;
const SPACE = /\s/;
const isSpace = (c: number, text: string, at: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text.charAt(at)));

/** The word starts, in text order, where an opener stands with a space after it. */
function openerStarts(text: string): number[] {
  const starts: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isAsciiLetter(text.charCodeAt(i))) continue;
    if (i > 0) {
      const before = text.charCodeAt(i - 1);
      if (isAsciiWordPart(before) || (before > 127 && !startsWord(text, i))) continue;
    }
    let end = i + 1;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (isAsciiLetter(c) || c === 45) end++;
      else break;
    }
    if (end < n && isSpace(text.charCodeAt(end), text, end) && OPENER_KEYS.has(keyOf(text, i, end)))
      if (OPENERS.has(text.slice(i, end))) starts.push(i);
    i = end - 1;
  }
  return starts;
}

/** Capitalised words after a title that start a portfolio, not a name ("minister Buitenlandse Zaken"). */
const NOT_A_NAME = new Set(['Buitenlandse', 'Binnenlandse', 'Defensie', 'Justitie', 'Financiën', 'Zaken']);

const TITLE_WORDS = new Set(TITLES);

/** A name runs up to the next title word: "minister J. Premier Rutte" holds two sentences. */
function beforeNextTitle(name: string): string {
  const words = name.split(/(\s+)/);
  for (let i = 2; i < words.length; i += 2)
    if (TITLE_WORDS.has((words[i] ?? '').toLowerCase())) return words.slice(0, i - 1).join('');
  return name;
}

/** A trailing initial (`F.`) is not part of a name that ends there: its full stop may close the sentence. */
const TRAILING_INITIAL = /\s+\p{Lu}\.$/u;

/**
 * The matches of TITLED_AT from left to right. A match that did not start a
 * word was never kept, and every match starts with an opener, so trying it
 * at the openers' word starts finds the same ones.
 */
function* titledMatches(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (const at of openerStarts(text)) {
    if (at < from) continue;
    TITLED_AT.lastIndex = at;
    const m = TITLED_AT.exec(text);
    if (m === null) continue;
    yield m;
    from = TITLED_AT.lastIndex;
  }
}

export function findTitledPersons(text: string): Mention<ActorAttributes>[] {
  const found: Mention<ActorAttributes>[] = [];
  for (const m of titledMatches(text)) {
    const matched = m.groups?.name ?? '';
    const name = beforeNextTitle(matched).replace(TRAILING_INITIAL, '');
    if (/^\p{Lu}\.$/u.test(name) || NOT_A_NAME.has(name.split(/\s+/)[0] ?? '')) continue;
    const start = m.index + m[0].length - matched.length;
    found.push({ start, end: start + name.length, rule: 'actor.title', attributes: { kind: 'person' } });
  }
  return found;
}
