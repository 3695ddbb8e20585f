import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NumberAttributes } from '../../../../src-main/text/dutch/mention.ts';
import { findNumbers } from '../../../../src-main/text/dutch/numbers.ts';
import { OffsetMap } from '../../../../src-main/text/offsets.ts';

const GOLD = join(import.meta.dirname, '../../../fixtures/suggest-gold');

interface GoldSpan {
  start: number;
  end: number;
  label: string;
  attributes: NumberAttributes;
}

interface GoldRecord {
  id: string;
  text: string;
  spans: GoldSpan[];
}

function readGold(file: string): GoldRecord[] {
  return readFileSync(join(GOLD, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldRecord);
}

/** Attributes as a comparable string: keys sorted, unset ones left out. */
function key(a: NumberAttributes): string {
  const entries = Object.entries(a).filter(([, v]) => v !== undefined && v !== null);
  return JSON.stringify(Object.fromEntries(entries.sort(([x], [y]) => x.localeCompare(y))));
}

interface Score {
  gold: number;
  found: number;
  matched: number;
  sameValues: number;
  misses: string[];
}

function score(records: GoldRecord[]): Score {
  const s: Score = { gold: 0, found: 0, matched: 0, sameValues: 0, misses: [] };
  for (const record of records) {
    const map = new OffsetMap(record.text);
    const gold = new Map<string, NumberAttributes>();
    for (const span of record.spans.filter((x) => x.label === 'NUMBER')) {
      gold.set(`${map.toUtf16(span.start)}-${map.toUtf16(span.end)}`, span.attributes);
    }
    const found = findNumbers(record.text);
    s.gold += gold.size;
    s.found += found.length;
    for (const m of found) {
      const expected = gold.get(`${m.start}-${m.end}`);
      const shown = `${record.id} "${record.text.slice(m.start, m.end)}" ${key(m.attributes)}`;
      if (expected === undefined) {
        s.misses.push(`extra ${shown}`);
        continue;
      }
      s.matched++;
      gold.delete(`${m.start}-${m.end}`);
      if (key(expected) === key(m.attributes)) s.sameValues++;
      else s.misses.push(`value ${shown}, gold ${key(expected)}`);
    }
    for (const [span, attributes] of gold) s.misses.push(`missed ${record.id} ${span} ${key(attributes)}`);
  }
  return s;
}

describe('findNumbers against the NUMBER gold set', () => {
  it('reaches precision and recall 0.95 and value accuracy 0.97 on both gold files', () => {
    const records = [...readGold('numbers.jsonl'), ...readGold('samples-number.jsonl')];
    const s = score(records);
    const precision = s.matched / s.found;
    const recall = s.matched / s.gold;
    const valueAccuracy = s.sameValues / s.matched;
    console.log(
      `NUMBER gold: ${s.gold} spans, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, ` +
        `value accuracy ${valueAccuracy.toFixed(3)}\n${s.misses.join('\n')}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(valueAccuracy).toBeGreaterThanOrEqual(0.97);
  });
});
