import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../../src-main/text/dutch/times.ts';
import { OffsetMap } from '../../../../src-main/text/offsets.ts';

/**
 * The TIME rules against the hand-annotated gold sets: exact span match for
 * precision and recall, then timex and mod among the matched spans. The
 * records are our JSONL (offsets in code points).
 */
const GOLD = join(import.meta.dirname, '../../../fixtures/suggest-gold');

interface GoldSpan {
  start: number;
  end: number;
  label: string;
  attributes: { timex?: string; mod?: string };
}

interface GoldRecord {
  id: string;
  text: string;
  meta: { date: string | null };
  spans: GoldSpan[];
}

interface Score {
  gold: number;
  found: number;
  matched: number;
  valuesRight: number;
  misses: string[];
}

function score(file: string): Score {
  const result: Score = { gold: 0, found: 0, matched: 0, valuesRight: 0, misses: [] };
  for (const line of readFileSync(join(GOLD, file), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as GoldRecord;
    const offsets = new OffsetMap(record.text);
    const gold = new Map<string, GoldSpan>();
    for (const span of record.spans.filter((s) => s.label === 'TIME')) {
      gold.set(`${offsets.toUtf16(span.start)}:${offsets.toUtf16(span.end)}`, span);
    }
    const found = findTimes(record.text, record.meta.date);
    result.gold += gold.size;
    result.found += found.length;
    for (const mention of found) {
      const key = `${mention.start}:${mention.end}`;
      const shown = `${record.id} "${record.text.slice(mention.start, mention.end)}"`;
      const expected = gold.get(key);
      if (expected === undefined) {
        result.misses.push(`extra   ${shown} ${mention.attributes.timex}`);
        continue;
      }
      gold.delete(key);
      result.matched++;
      const same =
        expected.attributes.timex === mention.attributes.timex &&
        expected.attributes.mod === mention.attributes.mod;
      if (same) result.valuesRight++;
      else
        result.misses.push(
          `value   ${shown} ${mention.attributes.timex}/${mention.attributes.mod ?? ''} ≠ ${expected.attributes.timex}/${expected.attributes.mod ?? ''}`,
        );
    }
    for (const [key, span] of gold) {
      const [start, end] = key.split(':').map(Number);
      result.misses.push(`missed  ${record.id} "${record.text.slice(start, end)}" ${span.attributes.timex}`);
    }
  }
  return result;
}

describe.each(['times.jsonl', 'samples-time.jsonl'])('TIME gold set %s', (file) => {
  it('is found with precision and recall ≥ 0.9 and values right ≥ 0.9', () => {
    const s = score(file);
    const precision = s.matched / s.found;
    const recall = s.matched / s.gold;
    const accuracy = s.valuesRight / s.matched;
    console.log(
      `${file}: ${s.gold} gold, ${s.found} found, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, value accuracy ${accuracy.toFixed(3)}\n  ${s.misses.join('\n  ')}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
