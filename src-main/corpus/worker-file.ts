import { fileURLToPath } from 'node:url';

/**
 * The file of one of the corpus worker threads. From source (Node's type
 * stripping: tests, the bench, `npm run cli`) it is the .ts file in this
 * folder; electron-vite builds each as its own entry in out/main, where every
 * chunk also lands (electron.vite.config.ts), so the same relative URL works
 * from whichever chunk this module ends up in.
 */
export function workerFile(name: 'jsonl-worker' | 'export-worker'): string {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return fileURLToPath(new URL(`./${name}.${extension}`, import.meta.url));
}
