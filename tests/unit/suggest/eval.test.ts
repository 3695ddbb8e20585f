import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tmp.ts';

const EVAL = join(import.meta.dirname, '..', '..', 'eval', 'suggest-eval.ts');

const span = (text: string, part: string, label: string, attributes: object) => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, label, attributes };
};

describe('npm run eval:suggest', () => {
  it('prints precision, recall and value accuracy per label, computed from exact span matches', () => {
    const dir = tempDir();
    // The country rule finds Irak, Syrië and Iran: two of them are gold, one with the wrong kind.
    const actors = 'Irak en Syrië praten met Iran.';
    const nothing = 'Geen tijd hier.';
    writeFileSync(
      join(dir, 'actors.jsonl'),
      `${JSON.stringify({
        id: 'a1',
        text: actors,
        meta: { date: '2021-07-14' },
        spans: [
          span(actors, 'Irak', 'ACTOR', { kind: 'country' }),
          span(actors, 'Syrië', 'ACTOR', { kind: 'person' }),
          span(actors, 'praten', 'ACTOR', { kind: 'other' }),
        ],
      })}\n`,
    );
    writeFileSync(
      join(dir, 'times.jsonl'),
      `${JSON.stringify({ id: 't1', text: nothing, meta: { date: '2021-07' }, spans: [span(nothing, 'tijd', 'TIME', { timex: '2021' })] })}\n`,
    );
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ 'actors.jsonl': ['ACTOR'] }));
    writeFileSync(join(dir, 'manifest-times.json'), JSON.stringify({ 'times.jsonl': ['TIME'] }));
    const r = spawnSync(process.execPath, [EVAL, '--gold', dir], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'actors.jsonl: ACTOR   precision 0.667  recall 0.667  value accuracy 0.500  (gold 3, suggested 3, matched 2, values right 1)',
      'times.jsonl: TIME    precision n/a  recall 0.000  value accuracy n/a  (gold 1, suggested 0, matched 0, values right 0)',
      'all files:',
      '  ACTOR   precision 0.667  recall 0.667  value accuracy 0.500  (gold 3, suggested 3, matched 2, values right 1)',
      '  TIME    precision n/a  recall 0.000  value accuracy n/a  (gold 1, suggested 0, matched 0, values right 0)',
    ]);
  });
});
