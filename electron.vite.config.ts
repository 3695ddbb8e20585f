import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src-main/app/security.ts';
import pkg from './package.json' with { type: 'json' };

/**
 * The main bundle runs in Electron 45's Node (24.x) and, as the `annotator` CLI
 * and its worker threads, in any Node that package.json's engines allow: the
 * oldest of those is its target. electron-vite 6.0.0's table ends at Electron
 * 44 and gives 45 the last entry's node24.18, newer than the CLI may meet. The
 * preload takes the same target (it runs in Electron only; older is safe).
 */
function nodeTarget(): string {
  const oldest = /^>=\s*(\d+\.\d+)/.exec(pkg.engines.node);
  if (!oldest) throw new Error(`package.json engines.node is not ">=major.minor": ${pkg.engines.node}`);
  return `node${oldest[1]}`;
}

/**
 * The built page carries its CSP in a meta tag, so it holds even where no
 * response header can be set (file://). The dev server gets it as a header
 * from the main process instead, with the dev origin allowed.
 */
function cspMeta(): Plugin {
  return {
    name: 'annotator-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      // First in <head>, so the policy is in force before any script or style is seen.
      const head = /<head(\s[^>]*)?>/i.exec(html);
      if (!head) throw new Error('annotator-csp-meta: the page has no <head> to put the CSP into');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ delivery: 'meta' })}" />`;
      const at = head.index + head[0].length;
      return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
    },
  };
}

// The fixed top level (src-main/, src-renderer/) differs from electron-vite's
// src/main defaults, so every entry is named here.
export default defineConfig({
  main: {
    build: {
      target: nodeTarget(),
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('src-main/app/main.ts'),
          cli: resolve('src-main/cli/main.ts'),
          // The database thread: every SQL statement of the app (src-main/backend/client.ts finds it).
          'db-worker': resolve('src-main/backend/db-worker.ts'),
          // The import's parser thread (found by src-main/corpus/worker-file.ts).
          'jsonl-worker': resolve('src-main/corpus/jsonl-worker.ts'),
          // The export's page builders (src-main/corpus/export.ts).
          'export-worker': resolve('src-main/corpus/export-worker.ts'),
          // The rules of a corpus `suggest` run (src-main/suggest/corpus-run.ts).
          'suggest-worker': resolve('src-main/suggest/suggest-worker.ts'),
          // A long article's NUMBER and TIME rules beside the database thread (src-main/suggest/rules-helper.ts).
          'rules-helper-worker': resolve('src-main/suggest/rules-helper-worker.ts'),
        },
        output: {
          // Every chunk beside the entries, so `new URL('./jsonl-worker.js', import.meta.url)` finds it from any of them.
          chunkFileNames: '[name]-[hash].js',
          // The CLI chunk is the package's `annotator` bin.
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    build: {
      target: nodeTarget(),
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react(), cspMeta()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
  },
});
