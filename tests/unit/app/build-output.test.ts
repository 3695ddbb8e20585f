import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/app/security.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'annotator-build-'));
const read = (...parts: string[]) => readFileSync(join(outDir, ...parts), 'utf8');

describe('electron-vite build', () => {
  beforeAll(() => {
    // A build of its own, so this test never races another one over out/.
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', outDir],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

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
});
