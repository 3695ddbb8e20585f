/**
 * What an annotator types into an attribute field, read as a value of the
 * attribute's type: a choice by type-ahead, a number or a date as written.
 * The value is then checked by the scheme's one value check
 * (attributeValueRefusal), so the editor refuses what the database would,
 * in the interface's language.
 */
import type { AttributeDef, AttributeValue } from '../../src-main/db/model.ts';
import { attributeValueRefusal } from '../../src-main/db/scheme-read.ts';
import { english } from '../../src-main/text/messages/say.ts';
import { i18n } from '../i18n/i18n.ts';
import { mainText } from '../i18n/main-text.ts';

export type Parsed = { ok: true; value: AttributeValue } | { ok: false; problem: string };

/**
 * The choices that match what was typed, best first: those starting with it
 * (in the scheme's order), then those containing it. Case is ignored; nothing
 * typed matches every choice.
 */
export function matchChoices(values: readonly string[], typed: string): string[] {
  const t = typed.trim().toLowerCase();
  if (!t) return [...values];
  const starts = values.filter((v) => v.toLowerCase().startsWith(t));
  const contains = values.filter((v) => !starts.includes(v) && v.toLowerCase().includes(t));
  return [...starts, ...contains];
}

/** A JavaScript number as written: digits with an optional point and exponent. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** "1,5": a Dutch decimal comma. */
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;
/** "2.500", "12.000": a Dutch thousands point, which JavaScript would read as 2.5 and 12. */
const THOUSANDS_POINT = /^[+-]?[1-9]\d{0,2}(\.\d{3})+$/;

function parseNumber(input: string): Parsed {
  if (DECIMAL_COMMA.test(input))
    return {
      ok: false,
      problem: i18n.t('panels:attributeInput.decimalComma', { point: input.replace(',', '.'), input }),
    };
  if (THOUSANDS_POINT.test(input))
    return {
      ok: false,
      problem: i18n.t('panels:attributeInput.thousandsPoint', {
        input,
        whole: input.replaceAll('.', ''),
        decimal: String(Number(input)),
      }),
    };
  if (!PLAIN_NUMBER.test(input)) return { ok: false, problem: i18n.t('panels:attributeInput.number') };
  return { ok: true, value: Number(input) };
}

/** The value `input` stands for, or why it is not one; an empty input is no value (unset). */
export function parseAttributeInput(def: AttributeDef, input: string): Parsed {
  const typed = input.trim();
  let parsed: Parsed;
  switch (def.type) {
    case 'choice': {
      const [best] = matchChoices(def.values, typed);
      parsed = best
        ? { ok: true, value: best }
        : { ok: false, problem: i18n.t('panels:attributeInput.choice', { values: def.values.join(', ') }) };
      break;
    }
    case 'boolean': {
      const yes = ['yes', 'true', 'ja'].includes(typed.toLowerCase());
      const no = ['no', 'false', 'nee'].includes(typed.toLowerCase());
      parsed =
        yes || no
          ? { ok: true, value: yes }
          : { ok: false, problem: i18n.t('panels:attributeInput.boolean') };
      break;
    }
    case 'number':
      parsed = parseNumber(typed);
      break;
    case 'text':
    case 'date':
      parsed = { ok: true, value: typed };
  }
  if (!parsed.ok) return parsed;
  const refusal = attributeValueRefusal(def, parsed.value);
  return refusal ? { ok: false, problem: mainText(refusal, english(refusal)) } : parsed;
}

/** A value as the fields show it. */
export const formatValue = (value: AttributeValue): string =>
  typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
