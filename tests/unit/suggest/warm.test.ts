import { describe, expect, it } from 'vitest';
import { warmRules } from '../../../src-main/suggest/rules.ts';

describe('warming the suggestion rules while the window loads', () => {
  it('runs the NUMBER, TIME and ACTOR rules over its few sentences, each finding something', () => {
    expect(warmRules().map((f) => f.rule)).toEqual(
      expect.arrayContaining([
        'number.digits',
        'number.money',
        'number.percent',
        'time.date',
        'time.relative',
        'time.clock',
        'actor.title',
        'actor.country',
      ]),
    );
  });
});
