import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { insertDocument } from '../../../src-main/db/documents.ts';
import { listAttributeDefs } from '../../../src-main/db/scheme-read.ts';
import { attributeFilter, readyFinds, runLabels } from '../../../src-main/db/suggestion-store.ts';
import { suggestForDocument } from '../../../src-main/db/suggestions.ts';
import { askHelper, startRulesHelper, stopRulesHelper } from '../../../src-main/suggest/rules-helper.ts';
import { prepareRules } from '../../../src-main/suggest/rules.ts';
import { importSchemeFile } from '../../../src-main/scheme/transfer.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';

const NEWS_EVENTS = join(import.meta.dirname, '..', '..', '..', 'resources', 'schemes', 'news-events.json');

/** A long article: numbers, dates, times and names over and over, each paragraph a little different. */
const LONG = Array.from(
  { length: 300 },
  (_, i) =>
    `De Amerikaanse president Joe Biden sprak op maandag ${(i % 28) + 1} juli 2021 met premier Mustafa al-Kadhimi van Irak. ` +
    `De VS hebben ruim ${i + 2}.500 militairen in Irak; vorige week kostte het ${i},5 miljard euro, ` +
    `zo’n ${i % 90} procent meer dan in 2019, zei minister Sigrid Kaag om 15.00 uur.\n\n`,
).join('');

function article(): { db: Db; id: number } {
  const db = openDatabase(join(tempDir(), 'long.db'));
  onTestFinished(() => closeDatabase(db));
  importSchemeFile(db, NEWS_EVENTS);
  const id = insertDocument(db, documentRecord('long', LONG, { published: '2021-07-26' }));
  return { db, id };
}

describe('the rules helper thread', () => {
  it("finds in a long article what this thread's NUMBER and TIME rules find, made ready alike", async () => {
    const { db } = article();
    await startRulesHelper();
    onTestFinished(() => stopRulesHelper());
    const labels = runLabels(db, ['NUMBER', 'TIME']).labels;
    const asked = askHelper(LONG, '2021-07-26', labels, listAttributeDefs(db));
    const here = readyFinds(
      prepareRules({ labels: ['NUMBER', 'TIME'], gazetteer: [] })(LONG, '2021-07-26'),
      labels,
      attributeFilter(db),
    );
    expect(asked).not.toBeNull();
    const there = asked?.wait();
    expect(there).toEqual(here);
    expect(new Set(there?.map((r) => r.rule))).toEqual(
      new Set([
        'number.digits',
        'number.money',
        'number.percent',
        'time.date',
        'time.year',
        'time.clock',
        'time.relative',
      ]),
    );
  });

  it('leaves a long article with the suggestions it gets without the helper, and without it once stopped', async () => {
    const alone = article();
    const without = suggestForDocument(alone.db, alone.id);
    expect(without.added).toBeGreaterThan(2000);

    const helped = article();
    await startRulesHelper();
    expect(suggestForDocument(helped.db, helped.id)).toEqual(without);

    await stopRulesHelper();
    expect(askHelper(LONG, null, runLabels(helped.db, ['NUMBER']).labels, [])).toBeNull();
    const after = article();
    expect(suggestForDocument(after.db, after.id)).toEqual(without);
  });
});
