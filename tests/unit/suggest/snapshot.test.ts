import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FIXTURE, suggestSnapshot, type SuggestSnapshot } from '../../helpers/suggest-snapshot.ts';
import { tempDir } from '../../helpers/tmp.ts';

// The fixture was written by tests/fixtures/suggest-snapshot/make.ts running
// the rules and the store as they were before they were made faster.
const before = JSON.parse(readFileSync(SNAPSHOT_FIXTURE, 'utf8')) as SuggestSnapshot;

describe('suggest stores exactly what it stored before it was made faster', () => {
  it('for the five sample articles and a generated corpus, on worker threads and on the database thread', async () => {
    const { corpus, app } = await suggestSnapshot(tempDir());
    expect(corpus.samples).toEqual(before.samples);
    expect(corpus.generated).toEqual(before.generated);
    expect(app.samples).toEqual(before.samples);
    expect(app.generated).toEqual(before.generated);
  }, 120_000);
});
