/**
 * `annotator export --out` on real paths, with the real CLI: every kind of
 * target it must refuse, many times over (a failed export used to hang about
 * half the time), and the ones it writes.
 */
import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonl } from '../../helpers/corpus.ts';

const CLI = join(import.meta.dirname, '..', '..', '..', 'src-main', 'cli', 'main.ts');
/** A run that takes longer than this failed to end by itself; it is killed and the test fails. */
const KILL_AFTER_MS = 20_000;
/** Ending a refused or failed export takes well under a second; the bound allows for a loaded machine. */
const ENDS_WITHIN_MS = 6_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  killed: boolean;
}

function run(args: string[], stdio: StdioOptions = 'pipe'): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio, cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let killed = false;
    const kill = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, KILL_AFTER_MS);
    child.on('close', (code) => {
      clearTimeout(kill);
      resolve({ code, stdout, stderr, ms: Date.now() - started, killed });
    });
  });
}

/** `times` runs, two at a time (the machine is shared). */
async function runMany(times: number, args: string[], stdio?: StdioOptions): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i += 2) {
    runs.push(...(await Promise.all([run(args, stdio), run(args, stdio)])));
  }
  return runs;
}

const lines = (s: string) => s.trimEnd().split('\n');

let dir: string;
let db: string;
let documents: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'annotator-test-'));
  db = join(dir, 'c.db');
  // Enough pages that an export starts its worker threads.
  documents = 2000;
  const corpus = Array.from({ length: documents }, (_, i) => ({
    id: `d${i}`,
    text: `Artikel ${i}: ${'de VS hebben 2.500 militairen in het land. '.repeat(10)}`,
  }));
  const imported = spawnSync(
    process.execPath,
    [CLI, 'import', writeJsonl(dir, 'c.jsonl', corpus), '--db', db],
    {
      encoding: 'utf8',
    },
  );
  expect(imported.status).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a target is, to see that a refused export left it as it was. */
function describeTarget(path: string): string {
  if (!existsSync(path) && !isLink(path)) return 'missing';
  const s = lstatSync(path);
  if (s.isSymbolicLink()) return `link to ${readlinkSync(path)}`;
  if (s.isDirectory()) return `folder [${readdirSync(path).join(',')}] mode ${s.mode}`;
  return `mode ${s.mode} rdev ${s.rdev} ino ${s.ino} size ${s.size} mtime ${s.mtimeMs}`;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

describe('export --out refuses what is not a new or regular file, at once and touching nothing', () => {
  it('refuses a missing folder, a folder, a FIFO, a device, a socket, bad links and /proc, every time', async () => {
    const place = join(dir, 'targets');
    mkdirSync(join(place, 'folder'), { recursive: true });
    const fifo = join(place, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const socket = join(place, 'socket');
    const server = createServer();
    await new Promise<void>((listening) => server.listen(socket, listening));
    symlinkSync(join(place, 'nothing'), join(place, 'dangling'));
    symlinkSync('/dev/full', join(place, 'to-device'));
    symlinkSync(join(place, 'folder'), join(place, 'to-folder'));
    // [target, reason, runs]: the kinds the issue names most often, the rest fewer times (each run is a Node start).
    const cases: [string, RegExp, number][] = [
      [join(place, 'no', 'such', 'dir', 'x.jsonl'), /folder .*no\/such\/dir does not exist/, 4],
      [join(place, 'folder'), /it is a folder, not a regular file/, 4],
      [fifo, /it is a named pipe \(FIFO\), not a regular file/, 4],
      [join(place, 'dangling'), /symbolic link to a file that does not exist/, 4],
      ['/dev/full', /it is a device, not a regular file/, 2],
      [socket, /it is a socket, not a regular file/, 2],
      [join(place, 'to-device'), /symbolic link to \/dev\/full, which is a device/, 2],
      [join(place, 'to-folder'), /symbolic link to .*folder, which is a folder/, 2],
      ['/proc/version', /cannot create a file beside it/, 2],
    ];
    try {
      for (const [target, reason, times] of cases) {
        const before = describeTarget(target);
        for (const r of await runMany(times, ['export', '--db', db, '--out', target])) {
          expect(r.killed, `${target} had to be killed`).toBe(false);
          expect(r.ms, target).toBeLessThan(ENDS_WITHIN_MS);
          expect(r.code, target).toBe(1);
          expect(r.stdout).toBe('');
          expect(lines(r.stderr)).toEqual([
            expect.stringMatching(new RegExp(`^annotator: cannot write ${target}: `)),
          ]);
          expect(r.stderr).toMatch(reason);
        }
        expect(describeTarget(target), target).toBe(before);
      }
      expect(existsSync(join(place, 'nothing'))).toBe(false);
      expect(readdirSync(place).sort()).toEqual([
        'dangling',
        'fifo',
        'folder',
        'socket',
        'to-device',
        'to-folder',
      ]);
    } finally {
      server.close();
    }
  }, 120_000);
});

describe('export to stdout ends with its reader', () => {
  it('stops quietly and at once when the reader closes the pipe (| head -1)', async () => {
    const runs = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const started = Date.now();
        const r = spawnSync(
          'bash',
          ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" export --db "${db}" | head -1`],
          {
            encoding: 'utf8',
            timeout: KILL_AFTER_MS,
          },
        );
        return { ...r, ms: Date.now() - started };
      }),
    );
    for (const r of runs) {
      expect(r.signal).toBeNull();
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(lines(r.stdout)).toHaveLength(1);
      expect(r.ms).toBeLessThan(ENDS_WITHIN_MS);
    }
  }, 60_000);

  it('fails with one line, and ends, when stdout fails midway (a full device)', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const r of await runMany(4, ['export', '--db', db], ['ignore', full, 'pipe'])) {
        expect(r.killed).toBe(false);
        expect(r.ms).toBeLessThan(ENDS_WITHIN_MS);
        expect(r.code).toBe(1);
        expect(lines(r.stderr)).toEqual([
          'annotator: cannot write output: ENOSPC: no space left on device, write',
        ]);
      }
    } finally {
      closeSync(full);
    }
  }, 60_000);
});

describe('export --out writes', () => {
  it('a new file, and replaces a regular one whole, keeping its permissions', async () => {
    const out = join(dir, 'new.jsonl');
    const fresh = await run(['export', '--db', db, '--out', out]);
    expect(fresh).toMatchObject({ code: 0, stdout: '' });
    expect(lines(fresh.stderr)).toEqual([`exported ${documents} documents with 0 spans to ${out}`]);
    expect(lines(readFileSync(out, 'utf8'))).toHaveLength(documents);

    writeFileSync(out, 'old\n');
    chmodSync(out, 0o640);
    const inode = statSync(out).ino;
    expect((await run(['export', '--db', db, '--out', out])).code).toBe(0);
    expect(lines(readFileSync(out, 'utf8'))).toHaveLength(documents);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    // A new file renamed into place, not the old one overwritten bit by bit.
    expect(statSync(out).ino).not.toBe(inode);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  }, 30_000);

  it('the file a symbolic link points to, leaving the link a link', async () => {
    const real = join(dir, 'real.jsonl');
    writeFileSync(real, 'old\n');
    const link = join(dir, 'link.jsonl');
    symlinkSync(real, link);
    expect((await run(['export', '--db', db, '--out', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(lines(readFileSync(real, 'utf8'))).toHaveLength(documents);
  }, 30_000);

  it('to stdout with --out -', async () => {
    const r = await run(['export', '--db', db, '--out', '-']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(lines(r.stdout)).toHaveLength(documents);
    expect(existsSync(join(dir, '-'))).toBe(false);
  }, 30_000);
});
