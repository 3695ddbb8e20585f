import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtApp } from '../../helpers/built-app.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const CLIENT = join(import.meta.dirname, '..', '..', '..', 'src-main', 'backend', 'client.ts');

describe('the built database thread', () => {
  it('runs from out/main and starts the built import, export and rules helper threads beside it', () => {
    const main = builtApp().main;
    const dir = tempDir();
    // Enough documents for more than one export page, so the export runs on its workers.
    const corpus = writeJsonl(
      dir,
      'c.jsonl',
      Array.from({ length: 150 }, (_, i) => ({ id: `d${i}`, text: `De VS hebben 2.500 militairen. (${i})` })),
    );
    const out = join(dir, 'out.jsonl');
    const script = `
      import { Worker } from 'node:worker_threads';
      import { startBackend } from ${JSON.stringify(CLIENT)};
      const backend = await startBackend({
        dbPath: ${JSON.stringify(join(dir, 'x.db'))}, annotator: null, samplesDir: '.',
        dialogs: { pickImportFiles: async () => [${JSON.stringify(corpus)}], pickImportFolder: async () => null,
                   pickExportPath: async () => ${JSON.stringify(out)} },
        emit: () => {}, log: (line) => console.error(line),
        spawn: (init) => new Worker(${JSON.stringify(join(main, 'db-worker.js'))}, { workerData: init }),
      });
      console.log(JSON.stringify(await backend.call('corpus.import', { from: 'files' })));
      console.log(JSON.stringify(await backend.call('corpus.export', {})));
      // The warm-up starts the rules helper (src-main/suggest/rules-helper.ts).
      await backend.warmed;
      await backend.close();`;
    // A file, not --eval: worker threads inherit the flags, and --input-type would stop them.
    const file = join(dir, 'main.mjs');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, [file], {
      encoding: 'utf8',
      env: { ...process.env, NODE_DEBUG: 'worker' },
    });
    expect(run.status, run.stderr).toBe(0);
    const [imported, exported] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(imported).toMatchObject({ ok: true, value: { imported: 150 } });
    expect(exported).toMatchObject({ ok: true, value: { documents: 150, path: out } });
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(151);
    for (const name of ['db-worker.js', 'jsonl-worker.js', 'export-worker.js', 'rules-helper-worker.js']) {
      expect(run.stderr).toContain(`create new worker ${join(main, name)}`);
    }
  });
});
