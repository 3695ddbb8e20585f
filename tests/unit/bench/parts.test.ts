import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS, partsToRun } from '../../bench/parts.ts';

const README = join(import.meta.dirname, '..', '..', '..', 'README.md');

describe('bench parts', () => {
  it('runs issue 23’s rows by default and leaves the long on-request parts out', () => {
    const parts = [...partsToRun({ all: false, smoke: false })];
    expect(parts).toEqual(['corpus', 'main-thread', 'scale', 'open']);
  });

  it('runs every part with --all or --smoke, and the named ones with --only', () => {
    expect(partsToRun({ all: true, smoke: false }).size).toBe(14);
    expect(partsToRun({ all: false, smoke: true }).size).toBe(14);
    expect([...partsToRun({ only: 'merge, formats', all: false, smoke: false })]).toEqual([
      'formats',
      'merge',
    ]);
  });

  it('refuses an unknown part, naming the known ones, and --only with --all', () => {
    expect(() => partsToRun({ only: 'corpus,speed', all: false, smoke: false })).toThrow(
      /--only takes one or more of corpus, main-thread, scale, open, .*not "corpus,speed"/,
    );
    expect(() => partsToRun({ only: '', all: false, smoke: false })).toThrow(/--only takes/);
    expect(() => partsToRun({ only: 'scale', all: true, smoke: false })).toThrow(/exclude each other/);
  });

  it('are listed in README › Performance, each with whether a plain run holds it', () => {
    const listed = [...readFileSync(README, 'utf8').matchAll(/^\| `([a-z-]+)` +\| (yes|—) +\|/gm)].map(
      (m) => [m[1], m[2] === 'yes'],
    );
    expect(listed).toEqual(Object.entries(PARTS).map(([name, p]) => [name, p.byDefault]));
  });
});
