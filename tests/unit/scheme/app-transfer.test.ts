import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseDigest } from '../../helpers/digest.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { schemeWorld, NEWS_EVENTS } from './fixture.ts';

describe('the app’s scheme import and export', () => {
  it('exports to the path picked in the save dialog, or nothing when cancelled', async () => {
    const w = schemeWorld();
    expect(await w.call('scheme.export', {})).toEqual({ cancelled: true });
    const out = join(tempDir(), 'scheme.json');
    w.dialogAnswers.exportPath = out;
    expect(await w.call('scheme.export', {})).toEqual({ path: out });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ labels: [{ name: 'EVENT' }, {}, {}] });
  });

  it('imports the bundled news-events scheme, keeping the annotations', async () => {
    const w = schemeWorld();
    const annotations = w.db.prepare('SELECT * FROM annotations ORDER BY id').all();
    const reply = (await w.call('scheme.import', { from: 'bundled', name: 'news-events' })) as {
      imported: boolean;
      summary: string;
    };
    expect(reply).toMatchObject({ imported: true, labels: { added: ['TIME', 'PLACE'] } });
    expect(reply.summary).toMatch(/^scheme imported: 2 labels added \(TIME, PLACE\)/);
    expect(w.db.prepare('SELECT * FROM annotations ORDER BY id').all()).toEqual(annotations);
    w.dialogAnswers.exportPath = join(tempDir(), 'back.json');
    await w.call('scheme.export', {});
    expect(readFileSync(w.dialogAnswers.exportPath, 'utf8')).toBe(readFileSync(NEWS_EVENTS, 'utf8'));
  });

  it('answers every problem of a picked file as data and changes nothing', async () => {
    const w = schemeWorld();
    const before = databaseDigest(w.db);
    expect(await w.call('scheme.import', { from: 'file' })).toEqual({ cancelled: true });
    const bad = join(tempDir(), 'bad.json');
    writeFileSync(bad, JSON.stringify({ labels: [{ name: 'EVENT', hotkey: 'a' }], roles: [{ name: 'x' }] }));
    w.dialogAnswers.files = [bad];
    expect(await w.call('scheme.import', { from: 'file' })).toMatchObject({
      imported: false,
      problems: [
        'roles[0].from: missing (a new role needs its labels)',
        'roles[0].to: missing (a new role needs its labels)',
        'role agent.hotkey: "a" is also the hotkey of labels[0]',
      ],
    });
    expect(databaseDigest(w.db)).toBe(before);
  });
});
