import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/app/security.ts';
import { builtApp } from '../../helpers/built-app.ts';

// The build `npm test` made before the tests: inside the repository, so the
// built CLI resolves its runtime dependencies from node_modules.
const outDir = builtApp().dir;
const read = (...parts: string[]) => readFileSync(join(outDir, ...parts), 'utf8');

describe('electron-vite build', () => {
  it('puts the content security policy into the page', () => {
    const html = read('renderer', 'index.html');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/,
    );
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    // Exactly the policy security.ts defines, before the first script.
    const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ delivery: 'meta' })}" />`;
    expect(html).toContain(meta);
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<script'));
  });

  it('builds a CommonJS preload that exposes only window.annotator', () => {
    const preload = read('preload', 'index.cjs');
    expect(preload).toMatch(/exposeInMainWorld\)?\(\s*["']annotator["']/);
    expect(preload).not.toMatch(/^import /m);
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    // A sandboxed preload can require only a few built-ins; this one needs electron alone.
    const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('builds the CLI as an executable script and the main process bundle', () => {
    expect(read('main', 'cli.js').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(read('main', 'index.js')).toMatch(/requestSingleInstanceLock/);
  });

  it('ships the import and export worker threads beside every main chunk, and the built CLI uses them', () => {
    const main = readdirSync(join(outDir, 'main'), { withFileTypes: true });
    // No chunk folder: jsonl-source.ts finds the worker as ./jsonl-worker.js from whichever chunk it lands in.
    expect(main.filter((e) => !e.isFile())).toEqual([]);
    expect(main.map((e) => e.name)).toEqual(expect.arrayContaining(['jsonl-worker.js', 'export-worker.js']));
    const dir = mkdtempSync(join(tmpdir(), 'annotator-built-cli-'));
    try {
      const corpus = join(dir, 'c.jsonl');
      // Enough documents for more than one export page, so the export runs on its workers.
      const lines = Array.from({ length: 150 }, (_, i) =>
        JSON.stringify({
          id: i === 0 ? 'a' : `d${i}`,
          text: `De VS hebben 2.500 militairen. (${i})`,
          spans: [{ start: 13, end: 18, label: 'NUMBER' }],
        }),
      );
      writeFileSync(corpus, `${lines.join('\n')}\n`);
      const run = spawnSync(
        process.execPath,
        [join(outDir, 'main', 'cli.js'), 'import', corpus, '--db', join(dir, 'x.db')],
        {
          encoding: 'utf8',
          env: { ...process.env, NODE_DEBUG: 'worker' },
        },
      );
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/imported 150 documents with 150 spans/);
      expect(run.stderr).toContain(`create new worker ${join(outDir, 'main', 'jsonl-worker.js')}`);
      const out = join(dir, 'out.jsonl');
      const exported = spawnSync(
        process.execPath,
        [join(outDir, 'main', 'cli.js'), 'export', '--db', join(dir, 'x.db'), '--out', out],
        { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'worker' } },
      );
      expect(exported.status).toBe(0);
      expect(readFileSync(out, 'utf8')).toMatch(
        /^\{"id":"a","text":"De VS hebben 2\.500 militairen\. \(0\)"/,
      );
      expect(exported.stderr).toContain(`create new worker ${join(outDir, 'main', 'export-worker.js')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
