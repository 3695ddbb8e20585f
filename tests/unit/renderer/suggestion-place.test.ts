import { describe, expect, it } from 'vitest';
import { stepSuggestion, suggestionAt, unclaimed, valuesText } from '../../../src-renderer/suggest/place.ts';
import type { SuggestionView } from '../../../src-renderer/suggest/suggestion.ts';

const s = (id: number, start: number, end: number): SuggestionView => ({
  id,
  labelId: 2,
  start,
  end,
  rule: 'number.digits',
  attributes: {},
});
const LIST = [s(1, 10, 15), s(2, 40, 45), s(3, 90, 95)];

describe('stepping through suggestions', () => {
  it('goes on from the selected suggestion, wrapping around at either end', () => {
    expect(stepSuggestion(LIST, { suggestionId: 2, offset: null }, 1)?.id).toBe(3);
    expect(stepSuggestion(LIST, { suggestionId: 3, offset: null }, 1)?.id).toBe(1);
    expect(stepSuggestion(LIST, { suggestionId: 1, offset: null }, -1)?.id).toBe(3);
  });

  it('starts from the selected annotation or the caret, else from the start or the end', () => {
    expect(stepSuggestion(LIST, { suggestionId: null, offset: 20 }, 1)?.id).toBe(2);
    expect(stepSuggestion(LIST, { suggestionId: null, offset: 40 }, -1)?.id).toBe(1);
    expect(stepSuggestion(LIST, { suggestionId: null, offset: 99 }, 1)?.id).toBe(1);
    expect(stepSuggestion(LIST, { suggestionId: null, offset: null }, -1)?.id).toBe(3);
    expect(stepSuggestion([], { suggestionId: null, offset: null }, 1)).toBeUndefined();
  });
});

describe('the suggestion a click selects', () => {
  it('is one inside every annotation there, and none where an annotation is as small', () => {
    const event = { start: 0, end: 60 };
    expect(suggestionAt(LIST, 41, [event])?.id).toBe(2);
    expect(suggestionAt(LIST, 41, [])?.id).toBe(2);
    expect(suggestionAt(LIST, 41, [{ start: 40, end: 45 }])).toBeUndefined();
    expect(suggestionAt(LIST, 30, [event])).toBeUndefined();
  });
});

it('writes the normalized values as name=value pairs', () => {
  expect(valuesText({ unit: 'EUR', value: 1.5e9 })).toBe('unit=EUR value=1500000000');
});

describe('the suggestions shown', () => {
  it('leave out those an annotation of their label overlaps, and keep those of other labels', () => {
    const actor = (id: number, start: number, end: number) => ({ ...s(id, start, end), labelId: 3 });
    const list = [actor(1, 3, 5), s(2, 10, 15), actor(3, 20, 25), actor(4, 40, 45)];
    const annotations = [
      { labelId: 1, start: 0, end: 50 },
      { labelId: 3, start: 0, end: 5 },
      { labelId: 3, start: 24, end: 30 },
      { labelId: 3, start: 45, end: 46 },
    ];
    expect(unclaimed(list, annotations).map((x) => x.id)).toEqual([2, 4]);
    expect(unclaimed(list, [{ labelId: 1, start: 0, end: 50 }])).toBe(list);
  });
});
