/**
 * Team-server test helpers: the real CLI spawned on real files, client
 * databases made by `annotator import`, and a comparable view of a
 * database's layers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Db } from '../../src-main/db/connection.ts';
import { writeJsonl } from './corpus.ts';

export const CLI = join(import.meta.dirname, '..', '..', 'src-main', 'cli', 'main.ts');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking: the kill and restart tests act while it runs. */
export function cliAsync(args: string[]): { done: Promise<CliResult>; kill: () => void } {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { done, kill: () => child.kill('SIGKILL') };
}

export const TEXTS = [
  'De VS hebben momenteel 2.500 militairen in het land.',
  'Het kabinet besloot gisteren 40 miljoen euro vrij te maken.',
];

/** A client's database: the shared articles imported with the real CLI. */
export function clientDb(dir: string, name: string, texts: readonly string[] = TEXTS): string {
  const file = writeJsonl(
    dir,
    `${name}.jsonl`,
    texts.map((text, i) => ({ id: `d${i + 1}`, text })),
  );
  const db = join(dir, `${name}.db`);
  const r = cli(['import', file, '--db', db]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return db;
}

/** Every layer's annotations and relations, named by what databases share (text SHA-256, label, role, offsets). */
export function layersOf(db: Db): string[] {
  const spans = db
    .prepare(
      `SELECT d.text_sha256 AS sha, a.annotator, l.name AS label, a.start, a."end", a.attributes, a.fragments, a.note
       FROM annotations a JOIN documents d ON d.id = a.document_id JOIN labels l ON l.id = a.label_id`,
    )
    .all()
    .map((r) => JSON.stringify(r));
  const relations = db
    .prepare(
      `SELECT d.text_sha256 AS sha, h.annotator, ro.name AS role, h.start AS hs, h."end" AS he, c.start AS cs, c."end" AS ce
       FROM relations r JOIN documents d ON d.id = r.document_id JOIN roles ro ON ro.id = r.role_id
       JOIN annotations h ON h.id = r.head_id JOIN annotations c ON c.id = r.child_id`,
    )
    .all()
    .map((r) => `relation ${JSON.stringify(r)}`);
  const statuses = db
    .prepare(
      `SELECT d.text_sha256 AS sha, dl.layer, dl.status FROM document_layers dl JOIN documents d ON d.id = dl.document_id`,
    )
    .all()
    .map((r) => `status ${JSON.stringify(r)}`);
  return [...spans, ...relations, ...statuses].sort();
}
