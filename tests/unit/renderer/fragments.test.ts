import { describe, expect, it } from 'vitest';
import {
  coveredText,
  covers,
  withFragment,
  withoutFragmentAt,
} from '../../../src-renderer/editor/fragments.ts';

const TEXT = 'De Amerikanen trokken zich in 2011 terug uit Irak.';
const at = (word: string): [number, number] => {
  const start = TEXT.indexOf(word);
  return [start, start + word.length];
};
const trokken = { start: at('trokken')[0], end: at('trokken')[1], fragments: null };

describe('fragments of a discontinuous annotation', () => {
  it('a contiguous annotation plus a range becomes two fragments in text order', () => {
    const shape = withFragment(trokken, ...at('terug'));
    expect(shape).toEqual({
      start: at('trokken')[0],
      end: at('terug')[1],
      fragments: [at('trokken'), at('terug')],
    });
    expect(shape && coveredText(TEXT, shape)).toBe('trokken … terug');
  });

  it('a range added before the first fragment goes first; one touching a fragment joins it', () => {
    const two = withFragment(trokken, ...at('terug'));
    const three = two && withFragment(two, ...at('Amerikanen'));
    expect(three?.fragments).toEqual([at('Amerikanen'), at('trokken'), at('terug')]);
    // " uit" touches "terug": one fragment "terug uit".
    const joined = two && withFragment(two, at('terug')[1], at('uit')[1]);
    expect(joined?.fragments).toEqual([at('trokken'), [at('terug')[0], at('uit')[1]]]);
  });

  it('a range inside the annotation changes nothing', () => {
    expect(withFragment(trokken, at('trokken')[0] + 1, at('trokken')[1])).toBeNull();
  });

  it('covers the fragments, not the gap', () => {
    const two = withFragment(trokken, ...at('terug'));
    if (!two) throw new Error('no shape');
    expect(covers(two, at('trokken')[0])).toBe(true);
    expect(covers(two, at('2011')[0])).toBe(false);
    expect(covers(two, at('terug')[1] - 1)).toBe(true);
  });

  it('removing the fragment under the caret leaves a contiguous annotation; the last piece stays', () => {
    const two = withFragment(trokken, ...at('terug'));
    if (!two) throw new Error('no shape');
    expect(withoutFragmentAt(two, at('terug')[0] + 2)).toEqual({ ...trokken, fragments: null });
    expect(withoutFragmentAt(two, at('2011')[0])).toBeNull();
    expect(withoutFragmentAt(trokken, at('trokken')[0])).toBeNull();
  });
});
