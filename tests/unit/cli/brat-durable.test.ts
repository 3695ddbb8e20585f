/**
 * A brat export is on disk before the CLI says it is done: traced with
 * strace, the real CLI flushes every file it wrote, the folders that hold
 * their names, and, after the rename into place, the folder that holds the
 * export's own name (a name is durable only once its folder is flushed).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const CLI = join(import.meta.dirname, '..', '..', '..', 'src-main', 'cli', 'main.ts');
const hasStrace = spawnSync('strace', ['-V']).status === 0;

interface Call {
  name: string;
  /** The path of the descriptor or the first path argument, as strace -y shows it. */
  path: string;
  /** The second path (rename's target). */
  to: string;
}

/**
 * The calls that succeeded, in the order they returned. strace -y writes a
 * descriptor as `3</path>`; a call another thread interrupts is split into
 * `fsync(3</path> <unfinished ...>` and `<... fsync resumed>) = 0`.
 */
function calls(log: string): Call[] {
  const out: Call[] = [];
  const pending = new Map<string, string>();
  for (const line of log.split('\n')) {
    const [pid = '', ...rest] = line.split(/\s+/);
    const call = rest.join(' ');
    const started = /^(fsync|fdatasync)\(\d+<([^>]*)> <unfinished \.\.\.>$/.exec(call);
    if (started) {
      pending.set(pid, started[2] ?? '');
      continue;
    }
    if (/^<\.\.\. f(data)?sync resumed>\)\s+= 0$/.test(call)) {
      out.push({ name: 'fsync', path: pending.get(pid) ?? '', to: '' });
      continue;
    }
    const synced = /^(fsync|fdatasync)\(\d+<([^>]*)>\)\s+= 0$/.exec(call);
    if (synced) out.push({ name: 'fsync', path: synced[2] ?? '', to: '' });
    const renamed = /^rename(?:at2?)?\(.*?"([^"]*)".*?"([^"]*)".*\)\s+= 0$/.exec(call);
    if (renamed) out.push({ name: 'rename', path: renamed[1] ?? '', to: renamed[2] ?? '' });
  }
  return out;
}

describe('a brat export', () => {
  it.skipIf(!hasStrace)(
    'flushes its files, its folder and, once renamed into place, the folder it is in',
    () => {
      const dir = tempDir();
      // More files than the export holds open until flushed (256): once the flushes fall behind, the rest are reopened to be flushed.
      const docs = Array.from({ length: 300 }, (_, i) => ({
        id: `doc-${i}`,
        text: `Rutte bezocht ${i} keer Den Haag.`,
        spans: [{ start: 0, end: 5, label: 'ACTOR' }],
      }));
      const db = join(dir, 'corpus.db');
      const imported = spawnSync(process.execPath, [
        CLI,
        'import',
        writeJsonl(dir, 'in.jsonl', docs),
        '--db',
        db,
      ]);
      expect(imported.status).toBe(0);
      const out = join(dir, 'brat');
      const log = join(dir, 'strace.log');
      const traced = spawnSync(
        'strace',
        [
          '-f',
          '-qq',
          '-y',
          '-e',
          'trace=fsync,fdatasync,rename,renameat,renameat2',
          '-o',
          log,
          process.execPath,
          CLI,
          'export',
          '--db',
          db,
          '--format',
          'brat',
          '--out',
          out,
        ],
        { encoding: 'utf8' },
      );
      expect(traced.status).toBe(0);
      const seen = calls(readFileSync(log, 'utf8'));
      const placed = seen.findIndex((c) => c.name === 'rename' && c.to === out);
      expect(placed).toBeGreaterThan(-1);
      const temp = seen[placed]?.path ?? '';
      const before = seen.slice(0, placed).filter((c) => c.name === 'fsync');
      const flushed = new Set(before.map((c) => c.path));
      for (let i = 0; i < docs.length; i++) {
        expect(flushed).toContain(join(temp, `doc-${i}.txt`));
        expect(flushed).toContain(join(temp, `doc-${i}.ann`));
      }
      expect(flushed).toContain(join(temp, 'annotation.conf'));
      expect(flushed).toContain(temp);
      const after = seen.slice(placed + 1).filter((c) => c.name === 'fsync');
      expect(after.map((c) => c.path)).toContain(dirname(out));
    },
    30_000,
  );
});
