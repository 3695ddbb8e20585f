import { describe, expect, it } from 'vitest';
import type { AttributeDef, Label } from '../../../src-main/db/model.ts';
import {
  addChoice,
  attributeSummary,
  changedFields,
  defaultText,
  heldValues,
  hotkeyOf,
  labelNamesOf,
  moveItem,
  parseDefault,
} from '../../../src-renderer/scheme/scheme-form.ts';
import { messagesIn } from '../i18n/messages-in.ts';

const t = messagesIn('en').getFixedT('en', 'scheme');

describe('scheme editor fields', () => {
  it('sends only the fields the user changed', () => {
    const saved = { name: 'ACTOR', color: '#2c7be5', hotkey: '3' as string | null, description: '' };
    expect(changedFields(saved, { ...saved })).toEqual({});
    expect(changedFields(saved, { ...saved, name: 'PERSON', hotkey: null })).toEqual({
      name: 'PERSON',
      hotkey: null,
    });
    // Lists compare by content: the same values in a new array are no change, a new order is.
    const attr = { values: ['a', 'b'] };
    expect(changedFields(attr, { values: ['a', 'b'] })).toEqual({});
    expect(changedFields(attr, { values: ['b', 'a'] })).toEqual({ values: ['b', 'a'] });
  });

  it('reads an empty hotkey field as no hotkey', () => {
    expect(hotkeyOf('')).toBeNull();
    expect(hotkeyOf(' ')).toBeNull();
    expect(hotkeyOf('p')).toBe('p');
  });

  it("reads a default by the attribute's type, and says why it cannot", () => {
    expect(parseDefault(t, 'number', '')).toEqual({ value: null });
    expect(parseDefault(t, 'number', '2.5')).toEqual({ value: 2.5 });
    expect(parseDefault(t, 'number', 'veel')).toEqual({ problem: '"veel" is not a number' });
    expect(parseDefault(t, 'boolean', 'false')).toEqual({ value: false });
    expect(parseDefault(t, 'choice', 'past')).toEqual({ value: 'past' });
    expect(parseDefault(t, 'date', '2021-07')).toEqual({ value: '2021-07' });
    expect(defaultText(false)).toBe('false');
    expect(defaultText(null)).toBe('');
  });

  it('adds, refuses and reorders choice values', () => {
    expect(addChoice(t, ['past'], ' future ')).toEqual({ values: ['past', 'future'] });
    expect(addChoice(t, ['past'], 'past')).toEqual({ problem: '"past" is already a value' });
    expect(addChoice(t, ['past'], '  ')).toEqual({ problem: 'type a value to add' });
    expect(addChoice(t, [], 'x'.repeat(101))).toEqual({ problem: 'a value must be 1-100 characters' });
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('names labels and attributes the way the lists show them', () => {
    const label = (id: number, name: string): Label => ({
      id,
      name,
      color: '#000000',
      hotkey: null,
      position: id,
      description: '',
    });
    const labels = [label(1, 'EVENT'), label(2, 'NUMBER'), label(3, 'ACTOR')];
    expect(labelNamesOf(t, [3, 1], labels)).toBe('EVENT, ACTOR');
    expect(labelNamesOf(t, [], labels)).toBe('none');
    const def: AttributeDef = {
      id: 1,
      labelId: 1,
      name: 'tense',
      type: 'choice',
      values: ['past', 'present'],
      required: true,
      default: 'past',
      position: 1,
    };
    expect(attributeSummary(t, def)).toBe('tense (choice: past, present), required, default past');
    expect(attributeSummary(t, { ...def, type: 'boolean', values: [], required: false, default: null })).toBe(
      'tense (yes/no)',
    );
  });

  it('reads the count of values a refused attribute delete would clear', () => {
    expect(
      heldValues(
        'EVENT.tense has a value on 1,234 annotations; delete it with clearValues to remove those values too',
      ),
    ).toBe(1234);
    expect(heldValues('EVENT.tense has a value on 1 annotation; delete it with clearValues')).toBe(1);
    expect(heldValues('the attribute is gone')).toBeNull();
  });
});
