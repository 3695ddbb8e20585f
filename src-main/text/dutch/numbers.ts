/**
 * NUMBER mentions in Dutch text, with normalized values.
 *
 * Spans: the number with its scale words and unit ("1,5 miljard euro",
 * "€ 3 mln", "30 procent", "twee derde", "10 tot 20 procent"). Bounds and
 * approximators ("ruim", "minder dan", "tussen") stay outside the span;
 * the counted thing ("militairen") is never part of it.
 *
 * Attributes:
 * - `value`: the number, scale applied ("2,5 miljoen" → 2500000; "2.500" →
 *   2500; "1,5" → 1.5; a cent amount in euros). Unset for ranges and vague
 *   counts, which have only `min` and `max`.
 * - `mod`: `exact`; `approx` after an approximator ("ongeveer", "circa",
 *   "ca.", "zo'n", "rond", "bijna", "zowat"), for "-tal" words ("tiental") and
 *   vague counts; `min` after "ruim", "meer dan", "minstens", "tenminste"
 *   (then `min` = `value`); `max` after "minder dan", "maximaal", "hooguit",
 *   "tot wel", "nog geen" (then `max` = `value`); `range` for "10 tot 20",
 *   "10 à 20", "10-20", "tussen 10 en 20": one span, `min` 10, `max` 20.
 * - Vague counts: "tientallen" is at least two tens and fewer than ten tens,
 *   so `min` 20, `max` 99; "honderden" 200–999, "duizenden" 2000–9999,
 *   "honderden miljoenen" 200000000–999000000.
 * - `unit`: an ISO 4217 code for money (`EUR`, `USD`, `GBP`, `JPY`, `CNY`,
 *   `RUB`, `CHF`), `procent`, `procentpunt`, `promille`, or a measure's
 *   singular Dutch name (`kilometer`, `kilogram`, `ton`, `liter`, `graad`,
 *   `jaar`, `dag`, `uur`, `vierkante kilometer`, `kilometer per uur`, …).
 *   Unset when only a counted thing follows.
 *
 * Not NUMBER: years (four digits from 1800 to 2099 unless a unit, a bound or a
 * counted noun marks a count), dates ("20 maart", "14-07-2021"), times of
 * day ("12.30", "om 9 uur", "half negen"), ordinals ("eerste", "5e"), numbers
 * in names and ids ("F-16", "Boeing 737", "Covid-19"), references ("artikel
 * 5", "nummer twee"), phone numbers and scores ("3-1"), and a bare "een".
 *
 * One global regex finds the places a number may start; everything after is
 * a bounded look around that candidate, so the cost is linear in the text.
 */
import type { NumberAttributes, NumberMention } from './mention.ts';
import { boundBefore, isExcluded } from './number-context.ts';
import { PERCENT_UNITS } from './number-lexicon.ts';
import { readAmount, readRange, type Amount } from './number-range.ts';
import { isDigit, isLetter, wordEnd } from './text-scan.ts';

const CANDIDATE =
  /[0-9€$£¥]|(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:een|één|nul|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|twintig|dertig|veertig|tachtig|honderd|duizend|miljoen|miljard|biljoen|anderhal)/gi;

/** Past the token at `pos`, so a rejected "2.500.000" is not read again from its middle. */
function skipToken(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (isLetter(c)) return wordEnd(text, pos);
  if (!isDigit(c)) return pos + 1;
  let j = pos + 1;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (isDigit(d) || ((d === 46 || d === 44) && isDigit(text.charCodeAt(j + 1)))) j++;
    else break;
  }
  return j;
}

/** `value × times` without binary drift for short decimals ("2,3" × 1e6 is 2300000). */
function scaleExactly(value: number, times: number): number {
  if (times === 1 || Number.isInteger(value)) return value * times;
  return (Math.round(value * 1e6) * times) / 1e6;
}

function unitOf(a: Amount): { unit?: string; divisor: number } {
  const word = a.unit?.word;
  const unit = word?.unit ?? a.q.currency;
  return { ...(unit === undefined ? {} : { unit }), divisor: word?.divisor ?? 1 };
}

function ruleFor(unit: string | undefined, a: Amount): string {
  if (unit !== undefined && /^[A-Z]{3}$/.test(unit)) return 'number.money';
  if (unit !== undefined && PERCENT_UNITS.has(unit)) return 'number.percent';
  if (a.q.vague !== undefined) return 'number.vague';
  return a.q.spelled ? 'number.spelled' : 'number.digits';
}

function single(text: string, a: Amount): NumberMention {
  const { unit, divisor } = unitOf(a);
  const rule = ruleFor(unit, a);
  let attributes: NumberAttributes;
  if (a.q.vague !== undefined) {
    attributes = { mod: 'approx', min: a.q.vague.min / divisor, max: a.q.vague.max / divisor };
  } else {
    const value = (a.q.value ?? 0) / divisor;
    const bound = a.q.about ? 'approx' : boundBefore(text, a.q.start);
    attributes = { value, mod: bound ?? 'exact' };
    if (bound === 'min') attributes.min = value;
    if (bound === 'max') attributes.max = value;
  }
  if (unit !== undefined) attributes.unit = unit;
  return { start: a.q.start, end: a.end, rule, attributes };
}

function range(first: Amount, second: Amount): NumberMention {
  const { unit, divisor } = unitOf(second.unit === null && second.q.currency === undefined ? first : second);
  const low = first.q.value ?? 0;
  const high = second.q.value ?? 0;
  const spread = first.q.times === 1 && second.q.times > 1 && scaleExactly(low, second.q.times) < high;
  const min = (spread ? scaleExactly(low, second.q.times) : low) / divisor;
  return {
    start: first.q.start,
    end: second.end,
    rule: ruleFor(unit, second),
    attributes: { ...(unit === undefined ? {} : { unit }), mod: 'range', min, max: high / divisor },
  };
}

/** Reads the mention starting at the candidate `pos`; returns where scanning goes on. */
function recognize(text: string, pos: number, out: NumberMention[]): number {
  const first = readAmount(text, pos);
  if (first === null) return skipToken(text, pos);
  if (isExcluded(text, first.q, first.unit)) return Math.max(first.q.end, skipToken(text, pos));
  const joined = readRange(text, first);
  if (joined?.kind === 'neither') return joined.end;
  if (joined?.kind === 'range') {
    out.push(range(first, joined.second));
    return joined.second.end;
  }
  out.push(single(text, first));
  return first.end;
}

/** Every NUMBER mention in `text`, in order, none overlapping. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const scan = CANDIDATE;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    scan.lastIndex = Math.max(recognize(text, m.index, out), m.index + 1);
  }
  return out;
}
