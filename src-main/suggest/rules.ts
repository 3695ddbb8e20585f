/**
 * Which rules suggest which label, and one run of them over a text. Pure:
 * the database thread, the CLI's worker threads and the eval all call this.
 * A run is prepared once (the ACTOR names become one matcher) and then
 * applied to every document.
 */
import type { AttributeValue } from '../db/model.ts';
import { actorFinder, withoutOverlaps, type GazetteerEntry } from '../text/dutch/actors.ts';
import type { Mention } from '../text/dutch/mention.ts';
import { findNumbers } from '../text/dutch/numbers.ts';
import { findTimes } from '../text/dutch/times.ts';

/** The labels rules can suggest, in the order they are run and reported. */
export const RULE_LABELS = ['NUMBER', 'TIME', 'ACTOR'] as const;
export type RuleLabel = (typeof RULE_LABELS)[number];

export const isRuleLabel = (name: string): name is RuleLabel => RULE_LABELS.some((l) => l === name);

/** A span a rule found, with its label and the attribute values it set. */
export interface Found {
  label: RuleLabel;
  start: number;
  end: number;
  rule: string;
  attributes: Record<string, AttributeValue>;
}

export interface RunSetup {
  labels: readonly RuleLabel[];
  /** The ACTOR texts annotators marked in the corpus (only read when ACTOR is among the labels). */
  gazetteer: readonly GazetteerEntry[];
}

/** A mention's attributes without the ones left unset. */
function setValues(attributes: object): Record<string, AttributeValue> {
  const values: Record<string, AttributeValue> = {};
  const all = attributes as Record<string, unknown>;
  // The rules' attributes are plain objects: for…in sees the same keys, in the same order, as Object.entries.
  for (const name in all) {
    const value = all[name];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      values[name] = value;
  }
  return values;
}

function addFound<A extends object>(out: Found[], label: RuleLabel, mentions: readonly Mention<A>[]): void {
  for (const m of mentions)
    out.push({ label, start: m.start, end: m.end, rule: m.rule, attributes: setValues(m.attributes) });
}

type Rules = (text: string, date: string | null) => Found[];

const sameGazetteer = (a: readonly GazetteerEntry[], b: readonly GazetteerEntry[]): boolean =>
  a === b || (a.length === b.length && a.every((e, i) => e.text === b[i]?.text && e.kind === b[i]?.kind));

/**
 * The ACTOR matcher last built on this thread, with the names it was built
 * from: building it takes milliseconds, and one run after another (a
 * document opened after the warm-up or another document) mostly has the
 * same names. NUMBER and TIME need nothing prepared, so a run of any of the
 * labels is made at once.
 */
let lastActors: { gazetteer: readonly GazetteerEntry[]; find: ReturnType<typeof actorFinder> } | null = null;

function actorsFor(gazetteer: readonly GazetteerEntry[]): ReturnType<typeof actorFinder> {
  if (lastActors && sameGazetteer(lastActors.gazetteer, gazetteer)) return lastActors.find;
  const find = actorFinder(gazetteer);
  lastActors = { gazetteer, find };
  return find;
}

/** The run: what every rule of `setup.labels` finds in a text read against its article date. */
export function prepareRules(setup: RunSetup): Rules {
  const actors = setup.labels.includes('ACTOR') ? actorsFor(setup.gazetteer) : null;
  const numbers = setup.labels.includes('NUMBER');
  const times = setup.labels.includes('TIME');
  return (text, date) => {
    const found: Found[] = [];
    if (numbers) addFound(found, 'NUMBER', withoutOverlaps(findNumbers(text)));
    if (times) addFound(found, 'TIME', withoutOverlaps(findTimes(text, date)));
    if (actors) addFound(found, 'ACTOR', actors(text));
    return found;
  };
}

/**
 * A few sentences of news that pass through every rule: numbers with units
 * and ranges, dates, weekdays, relative and clock times, countries and a
 * titled name.
 */
const WARM_TEXT =
  'De Amerikaanse president Joe Biden sprak maandag 12 juli 2021 in Washington met premier Mustafa al-Kadhimi van Irak. ' +
  'De VS hebben ruim 2.500 militairen in Irak; eind dit jaar zijn dat er tussen 1.000 en 1.500. ' +
  'Sinds vorige week kost het 1,5 miljard euro, zo’n 30 procent meer dan in 2019, zei minister Sigrid Kaag om 15.00 uur. ' +
  'Drie jaar geleden kwamen tientallen Duitse soldaten in het voorjaar naar Bagdad.';

/** Runs of the rules over WARM_TEXT: about as many as the engine needs to optimise them. */
export const WARM_ROUNDS = 100;

/**
 * The rules over a short text, to run while the window loads: the first run
 * of their regular expressions compiles them, and the engine compiles their
 * code to machine code only after many runs. A long article's first
 * suggestions (the app asks for them as it opens one) otherwise pay for
 * both. Each call runs them once and returns what they found.
 */
export function rulesWarmer(labels: readonly RuleLabel[] = RULE_LABELS): () => Found[] {
  const find = prepareRules({ labels, gazetteer: [] });
  return () => find(WARM_TEXT, '2021-07-26');
}

/** One run of rulesWarmer. */
export const warmRules = (): Found[] => rulesWarmer()();
