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
const TITLE = alternationOf(TITLES.flatMap((t) => [t, `${t[0]?.toUpperCase() ?? ''}${t.slice(1)}`]));
const PARTICLE = String.raw`(?:van|von|de|der|den|du|da|dos|del|della|di|le|la|ter|ten|te|in\s+'t|'t|’t|bin|ibn|ben|abu|bou|el|al|ul)`;
/** A capitalised word, perhaps with an `al-`-style prefix and inner hyphens or apostrophes; or an initial. */
const WORD = String.raw`(?:\p{Lu}\.|(?:(?:al|el|ad|an|as|ash|at|az|ul)-)?\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:[-'’]\p{L}[\p{Ll}\p{Lu}\p{M}]*)*)`;
const NAME = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD}){0,3}`;

// The word boundary before the title is checked by hand (startsWord): as a
// lookbehind at the front, it kept the engine from skipping ahead to the
// titles' first letters, and made this rule five times slower.
const TITLED = new RegExp(String.raw`${PREFIX}${TITLE}\s+(?<name>${NAME})(?![\p{L}\p{N}-])`, 'gu');

const WORD_PART = /[\p{L}\p{N}-]/u;
const startsWord = (text: string, at: number): boolean => at === 0 || !WORD_PART.test(text[at - 1] ?? '');

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

export function findTitledPersons(text: string): Mention<ActorAttributes>[] {
  const found: Mention<ActorAttributes>[] = [];
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m !== null; m = TITLED.exec(text)) {
    if (!startsWord(text, m.index)) {
      TITLED.lastIndex = m.index + 1;
      continue;
    }
    const matched = m.groups?.name ?? '';
    const name = beforeNextTitle(matched).replace(TRAILING_INITIAL, '');
    if (/^\p{Lu}\.$/u.test(name) || NOT_A_NAME.has(name.split(/\s+/)[0] ?? '')) continue;
    const start = m.index + m[0].length - matched.length;
    found.push({ start, end: start + name.length, rule: 'actor.title', attributes: { kind: 'person' } });
  }
  return found;
}
