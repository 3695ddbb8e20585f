import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';

/** The shared generator sits beside the repository (../shared), as in CI. */
export const GENERATOR = join(import.meta.dirname, '..', '..', '..', 'shared', 'tools', 'gen-corpus.mjs');

export interface CorpusSpec {
  docs: number;
  chars: number;
  spans: number;
  seed?: number;
}

export const describeCorpus = (s: CorpusSpec): string =>
  `${s.docs.toLocaleString('en')} docs × ${s.chars.toLocaleString('en')} chars, ${s.spans} spans`;

/** Writes a synthetic JSONL corpus with ../shared/tools/gen-corpus.mjs and returns its path. */
export async function generateCorpus(dir: string, spec: CorpusSpec): Promise<string> {
  if (!existsSync(GENERATOR)) {
    throw new Error(
      `benchmark corpus generator not found at ${GENERATOR} (expected ../shared beside the repository)`,
    );
  }
  const out = join(dir, `corpus-${spec.docs}-${spec.chars}-${spec.spans}.jsonl`);
  const args = [
    '--docs',
    spec.docs,
    '--chars',
    spec.chars,
    '--spans',
    spec.spans,
    '--seed',
    spec.seed ?? 1,
  ].map(String);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [GENERATOR, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const file = createWriteStream(out);
    child.stdout.pipe(file);
    child.on('error', reject);
    file.on('finish', () =>
      child.exitCode === 0 || child.exitCode === null ? resolve() : reject(new Error('generator failed')),
    );
  });
  return out;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
}

/** Median wall time of `runs` calls, in ms, after one warm-up call. */
export function timeIt(fn: () => unknown, runs = 5): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}
