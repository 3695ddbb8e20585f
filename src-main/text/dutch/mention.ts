/**
 * What a Dutch rule finds in a text: a span (UTF-16 offsets, `end`
 * exclusive), the rule that found it, and the normalized attribute values
 * accepting it fills in. The NUMBER, TIME and ACTOR rules all return these;
 * the suggestion store (db) and the eval read nothing else.
 */
export interface Mention<A> {
  start: number;
  end: number;
  /** Names the rule, e.g. `number.digits`, `time.relative-week`, `actor.title`. */
  rule: string;
  attributes: A;
}

/** NUMBER attributes, as the annotation scheme defines them (resources/schemes/news-events.json). */
export interface NumberAttributes {
  value?: number;
  /** The currency (`EUR`, `USD`, …), `procent`, `procentpunt` or a measure word; never the counted thing. */
  unit?: string;
  mod: 'exact' | 'approx' | 'min' | 'max' | 'range';
  min?: number;
  max?: number;
}

/** TIME attributes: a TIMEX3-style value no more precise than the article date allows, and a modifier. */
export interface TimeAttributes {
  /** `2021-07-12`, `2021-07`, `2021`, `199X`, `2021-W27`, `2021-SU`, … */
  timex: string;
  mod?: 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER';
}

export type NumberMention = Mention<NumberAttributes>;
export type TimeMention = Mention<TimeAttributes>;
