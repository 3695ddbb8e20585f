import { describe, expect, it } from 'vitest';
import { PersistenceModel } from '../../crash/persistence.ts';
import { parseStraceLog } from '../../crash/strace-log.ts';

const hex = (text: string | Buffer) =>
  [...Buffer.from(text)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
const DIR = '/d';
const fd = (n: number, path: string) => `${n}<${hex(path)}>`;

/** A log in strace's own format (-f -y -xx), so the parser is part of what is tested. */
function replay(lines: string[], files: [string, string][] = []): PersistenceModel {
  const model = new PersistenceModel(DIR, new Map(files.map(([n, c]) => [n, Buffer.from(c)])));
  for (const e of parseStraceLog(lines.map((l) => `100 ${l}`).join('\n'))) model.apply(e);
  return model;
}
const text = (files: Map<string, Buffer>) =>
  Object.fromEntries([...files].map(([n, c]) => [n, c.toString()]));

describe('power-loss persistence model', () => {
  it('loses writes to a file that were not followed by its fsync', () => {
    const model = replay(
      [
        `openat(AT_FDCWD<${hex('/')}>, "${hex('/d/a')}", O_RDWR) = ${fd(3, '/d/a')}`,
        `pwrite64(${fd(3, '/d/a')}, "${hex('XY')}", 2, 0) = 2`,
        `fsync(${fd(3, '/d/a')}) = 0`,
        `pwrite64(${fd(3, '/d/a')}, "${hex('Z')}", 1, 2) = 1`,
      ],
      [['a', 'ab']],
    );
    expect(text(model.cut())).toEqual({ a: 'XY' });
  });

  it('keeps a new file only once its folder was fsynced, and empty unless the file was', () => {
    const create = `openat(AT_FDCWD<${hex('/')}>, "${hex('/d/new')}", O_RDWR|O_CREAT, 0644) = ${fd(4, '/d/new')}`;
    const write = `pwrite64(${fd(4, '/d/new')}, "${hex('hi')}", 2, 0) = 2`;
    const fsyncFile = `fsync(${fd(4, '/d/new')}) = 0`;
    const openDir = `openat(AT_FDCWD<${hex('/')}>, "${hex('/d')}", O_RDONLY) = ${fd(5, '/d')}`;
    const fsyncDir = `fsync(${fd(5, '/d')}) = 0`;
    expect(text(replay([create, write, fsyncFile]).cut())).toEqual({});
    expect(text(replay([create, write, openDir, fsyncDir]).cut())).toEqual({ new: '' });
    expect(text(replay([create, write, fsyncFile, openDir, fsyncDir]).cut())).toEqual({ new: 'hi' });
  });

  it('undoes a rename or unlink that no folder fsync followed', () => {
    const rename = `rename("${hex('/d/a')}", "${hex('/d/b')}") = 0`;
    const openDir = `openat(AT_FDCWD<${hex('/')}>, "${hex('/d')}", O_RDONLY) = ${fd(5, '/d')}`;
    const fsyncDir = `fsync(${fd(5, '/d')}) = 0`;
    expect(text(replay([rename], [['a', 'x']]).cut())).toEqual({ a: 'x' });
    expect(text(replay([rename, openDir, fsyncDir], [['a', 'x']]).cut())).toEqual({ b: 'x' });
    expect(text(replay([`unlink("${hex('/d/a')}") = 0`], [['a', 'x']]).cut())).toEqual({ a: 'x' });
  });

  it('keeps only whole sectors of pending writes when part of them survives', () => {
    const data = Buffer.alloc(1024, 0x41);
    const model = replay(
      [
        `openat(AT_FDCWD<${hex('/')}>, "${hex('/d/a')}", O_RDWR) = ${fd(3, '/d/a')}`,
        `pwrite64(${fd(3, '/d/a')}, "${hex(data)}", 1024, 0) = 1024`,
      ],
      [['a', '.'.repeat(1024)]],
    );
    const outcomes = new Set<string>();
    let seed = 1;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 40; i++)
      outcomes.add(
        model
          .cut(rand)
          .get('a')
          ?.toString()
          .replace(/(.)\1{511}/g, '$1') ?? '',
      );
    expect([...outcomes].sort()).toEqual(['..', '.A', 'A.', 'AA']);
  });

  it('treats a file written through a shared mapping as holding unknown bytes', () => {
    const model = replay(
      [
        `openat(AT_FDCWD<${hex('/')}>, "${hex('/d/a-shm')}", O_RDWR) = ${fd(3, '/d/a-shm')}`,
        `mmap(NULL, 32768, PROT_READ|PROT_WRITE, MAP_SHARED, ${fd(3, '/d/a-shm')}, 0) = 0x7f0000000000`,
      ],
      [['a-shm', 'clean-index']],
    );
    expect(model.cut().get('a-shm')?.toString()).not.toBe('clean-index');
    expect(model.cut().get('a-shm')?.length).toBe('clean-index'.length);
  });

  it('refuses a log line it cannot read instead of skipping it', () => {
    expect(() => replay([`pwrite64(${fd(3, '/d/a')}, "${hex('XY')}"..., 2, 0) = 2`])).toThrow(/cut short/);
    expect(() => replay(['frobnicate(1) = 0'])).toThrow(/unexpected syscall frobnicate/);
  });
});
