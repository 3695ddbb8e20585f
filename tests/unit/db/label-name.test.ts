import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { formatProblem } from '../../../src-main/corpus/report.ts';
import { openDatabase } from '../../../src-main/db/connection.ts';
import { createLabel, listLabels, updateLabel } from '../../../src-main/db/labels.ts';
import { requests } from '../../../src-main/ipc/contract.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

/** A letter outside the BMP: one character, two UTF-16 code units. */
const WIDE = '\u{20000}';

const NAMES: [string, boolean][] = [
  ['PLACE', true],
  ['plaats_2-b', true],
  ['Één', true],
  [WIDE.repeat(40), true],
  ['x'.repeat(64), true],
  ['x'.repeat(65), false],
  [WIDE.repeat(65), false],
  ['two words', false],
  ['<b>', false],
];

describe.each(NAMES)('the label name "%s"', (name, usable) => {
  it(usable ? 'is taken everywhere' : 'is refused everywhere, with the same rule', () => {
    const contract = requests['labels.create'].safeParse({ name });
    expect(contract.success).toBe(usable);
    if (!usable) expect(contract.error?.issues[0]?.message).toBe('use 1-64 letters, digits, _ or -');

    const file = writeJsonl(tempDir(), 'a.jsonl', [
      { text: 'abc', spans: [{ start: 0, end: 1, label: name }] },
    ]);
    const imported = importPaths(openDatabase(':memory:'), [file], { createLabels: true });
    expect(imported.createdLabels).toEqual(usable ? [name] : []);
    if (!usable) {
      expect(imported.invalid.map(formatProblem)).toEqual([
        `${file}:1: label "${name}" cannot be created: use 1-64 letters, digits, _ or -`,
      ]);
    }

    const db = openDatabase(':memory:');
    const create = () => createLabel(db, { name });
    const rename = () => updateLabel(db, 1, { name });
    if (usable) {
      expect(create().name).toBe(name);
      expect(() => updateLabel(db, 1, { name: `${name.slice(0, 60)}2` })).not.toThrow();
    } else {
      const before = listLabels(db);
      expect(create).toThrow(`label name "${name}": use 1-64 letters, digits, _ or -`);
      expect(rename).toThrow(`label name "${name}": use 1-64 letters, digits, _ or -`);
      expect(listLabels(db)).toEqual(before);
    }
  });
});

// An import refuses a span with an empty label before any label rule applies.
it('an empty label name is refused by the contract and by createLabel', () => {
  expect(requests['labels.create'].safeParse({ name: '' }).success).toBe(false);
  expect(() => createLabel(openDatabase(':memory:'), { name: '' })).toThrow(
    'label name "": use 1-64 letters, digits, _ or -',
  );
});
