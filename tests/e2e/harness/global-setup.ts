import { join } from 'node:path';
import { build } from 'vite';

export const HARNESS_DIR = join(import.meta.dirname, '..', '..', '..', 'test-results', '.harness');

/** Bundles the bridge entry for the browser once per run. */
export default async function globalSetup(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: HARNESS_DIR,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(import.meta.dirname, 'bridge-entry.ts'),
        formats: ['iife'],
        name: 'AnnotatorHarness',
        fileName: () => 'bridge.js',
      },
    },
  });
}
