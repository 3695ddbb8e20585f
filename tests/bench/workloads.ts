import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { closeSync, createReadStream, createWriteStream, existsSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { attributesFor, frameRelations } from './frames.ts';

/** The shared generator sits beside the repository (../shared), as in CI. */
export const GENERATOR = join(import.meta.dirname, '..', '..', '..', 'shared', 'tools', 'gen-corpus.mjs');
/** A stand-in with the same output shape, for smoke runs in a clone without ../shared. */
const SMOKE_GENERATOR = join(import.meta.dirname, 'smoke-corpus.ts');

export interface CorpusSpec {
  docs: number;
  chars: number;
  spans: number;
  seed?: number;
  /** Span ids, attributes on every span and a relation for every other span (frames.ts), as a real corpus has. */
  frames?: boolean;
}

export const describeCorpus = (s: CorpusSpec): string =>
  `${s.docs.toLocaleString('en')} docs × ${s.chars.toLocaleString('en')} chars, ${s.spans} spans` +
  (s.frames ? `, ~${Math.floor(s.spans / 2)} relations, attributes` : '');

interface GeneratedSpan {
  start: number;
  end: number;
  label: string;
  id?: string;
  attributes?: object;
}

/** The record's spans with ids and attributes, and relations between them: half as many as spans. */
function addFrames(record: { spans: GeneratedSpan[]; relations?: object[] }): void {
  record.spans = record.spans.map((sp, i) => ({
    id: `T${i + 1}`,
    ...sp,
    attributes: attributesFor(sp.label, i),
  }));
  record.relations = frameRelations(
    record.spans.map((sp) => sp.label),
    Math.floor(record.spans.length / 2),
  ).map((r) => ({ head: `T${r.head + 1}`, child: `T${r.child + 1}`, label: r.role }));
}

/** Writes a synthetic JSONL corpus with ../shared/tools/gen-corpus.mjs and returns its path. */
export async function generateCorpus(dir: string, spec: CorpusSpec): Promise<string> {
  if (!existsSync(GENERATOR)) {
    throw new Error(
      `benchmark corpus generator not found at ${GENERATOR} (expected ../shared beside the repository)`,
    );
  }
  return generateWith(GENERATOR, dir, spec);
}

/** The same for smoke runs, which must also work where ../shared is absent. */
export function generateSmokeCorpus(dir: string, spec: CorpusSpec): Promise<string> {
  return generateWith(existsSync(GENERATOR) ? GENERATOR : SMOKE_GENERATOR, dir, spec);
}

async function generateWith(generator: string, dir: string, spec: CorpusSpec): Promise<string> {
  const out = join(
    dir,
    `corpus-${spec.docs}-${spec.chars}-${spec.spans}-${spec.seed ?? 1}${spec.frames ? '-frames' : ''}.jsonl`,
  );
  const raw = `${out}.raw`;
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
  // Into a file, not a pipe: the generator writes without waiting for its
  // reader, and a pipe read slower than that fails its writes with ENOBUFS
  // (seen here with 200,000 documents, after 210 lines).
  const fd = openSync(raw, 'w');
  try {
    const child = spawn(process.execPath, [generator, ...args], { stdio: ['ignore', fd, 'inherit'] });
    const [code] = (await once(child, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`corpus generator ${generator} failed (exit ${String(code)})`);
  } finally {
    closeSync(fd);
  }
  const file = createWriteStream(out);
  // The generator can draw the same span twice in a document, which import rightly
  // refuses as a duplicate; both sides of every comparison get the deduplicated corpus.
  // Short documents are drawn from few sentences, and one in seven of a million
  // 300-character ones repeats an earlier text, which import skips as a duplicate:
  // such a text gets its id appended, so every generated document is imported.
  const texts = new Set<string>();
  for await (const line of createInterface({ input: createReadStream(raw) })) {
    if (!line) continue;
    const record = JSON.parse(line) as { id: string; text: string; spans: GeneratedSpan[] };
    const key = createHash('sha1').update(record.text).digest('base64');
    const repeated = texts.has(key);
    if (repeated) record.text = `${record.text} ${record.id}`;
    else texts.add(key);
    const seen = new Set<string>();
    const spans = record.spans.filter((sp) => {
      const key = `${sp.label} ${sp.start} ${sp.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // Most lines need neither change and go out as they came: a million short documents are written faster.
    const changed = repeated || spans.length !== record.spans.length || spec.frames === true;
    record.spans = spans;
    if (spec.frames) addFrames(record);
    if (!file.write(`${changed ? JSON.stringify(record) : line}\n`)) await once(file, 'drain');
  }
  file.end();
  await once(file, 'close');
  rmSync(raw);
  return out;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
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
