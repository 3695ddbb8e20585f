import { describe, expect, it } from 'vitest';
import type { AttributeDef, AttributeType } from '../../../src-main/db/model.ts';
import { matchChoices, parseAttributeInput } from '../../../src-renderer/panels/attribute-input.ts';

const def = (name: string, type: AttributeType, values: string[] = []): AttributeDef => ({
  id: 1,
  labelId: 1,
  name,
  type,
  values,
  required: false,
  default: null,
  position: 1,
});
const polarity = def('polarity', 'choice', ['positive', 'negative']);
const tense = def('tense', 'choice', ['past', 'present', 'future', 'unknown']);
const value = def('value', 'number');
const when = def('when', 'date');

describe('type-ahead on a choice', () => {
  it('typing "neg" picks negative; "p" offers what starts with it first, in the scheme order', () => {
    expect(matchChoices(polarity.values, 'neg')).toEqual(['negative']);
    expect(matchChoices(tense.values, 'p')).toEqual(['past', 'present']);
    expect(matchChoices(tense.values, 'UN')).toEqual(['unknown']);
    // Then what contains it: "ure" is in "future".
    expect(matchChoices(tense.values, 'ure')).toEqual(['future']);
    expect(matchChoices(tense.values, '')).toEqual(tense.values);
    expect(parseAttributeInput(polarity, 'neg')).toEqual({ ok: true, value: 'negative' });
  });

  it('says which values there are when nothing matches', () => {
    expect(parseAttributeInput(polarity, 'maybe')).toEqual({
      ok: false,
      problem: 'expected one of positive, negative',
    });
  });
});

describe('a number field', () => {
  it('takes plain numbers', () => {
    expect(parseAttributeInput(value, '2500')).toEqual({ ok: true, value: 2500 });
    expect(parseAttributeInput(value, ' 1.5 ')).toEqual({ ok: true, value: 1.5 });
    expect(parseAttributeInput(value, '-3')).toEqual({ ok: true, value: -3 });
    expect(parseAttributeInput(value, '0.500')).toEqual({ ok: true, value: 0.5 });
  });

  it('refuses Dutch "2.500" and "1,5" instead of reading them as something else, and says why', () => {
    expect(parseAttributeInput(value, '2.500')).toEqual({
      ok: false,
      problem: '2.500 is ambiguous: write 2500 without points, or a decimal as 2.5',
    });
    expect(parseAttributeInput(value, '1,5')).toEqual({
      ok: false,
      problem: 'write decimals with a point: 1.5, not 1,5',
    });
    expect(parseAttributeInput(value, 'twee')).toEqual({
      ok: false,
      problem: 'expected a number such as 2500 or 1.5',
    });
  });
});

describe('a date field', () => {
  it('takes a year, a month or a day that exists, by the scheme check', () => {
    expect(parseAttributeInput(when, '2011')).toEqual({ ok: true, value: '2011' });
    expect(parseAttributeInput(when, '2011-03')).toEqual({ ok: true, value: '2011-03' });
    expect(parseAttributeInput(when, '2011-02-29').ok).toBe(false);
    expect(parseAttributeInput(when, '3 maart 2011')).toEqual({
      ok: false,
      problem: '"3 maart 2011" is not a valid when: expected a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    });
  });
});
