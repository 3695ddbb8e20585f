import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/db/errors.ts';
import { errorMessage } from '../../../src-main/text/error-message.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const HOME = join('src-main', 'text', 'error-message.ts');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('errorMessage', () => {
  it('gives an error’s message, and anything else thrown as text', () => {
    expect(errorMessage(new Error('disk full'))).toBe('disk full');
    expect(errorMessage(new AppError('IO', 'cannot write x'))).toBe('cannot write x');
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });

  it('is the only place the app turns a thrown value into its message', () => {
    const copies = [...sources('src-main'), ...sources('src-renderer')]
      .filter((path) => path !== HOME)
      .flatMap((path) =>
        readFileSync(join(ROOT, path), 'utf8')
          .split('\n')
          .map((line, i) => ({ at: `${relative('.', path)}:${i + 1}`, line }))
          .filter(({ line }) => /instanceof Error \?|as Error\)\.message/.test(line)),
      )
      .map(({ at }) => at);
    expect(copies).toEqual([]);
  });
});
