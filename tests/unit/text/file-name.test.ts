import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameToId, idToFileName, MAX_FILE_NAME } from '../../../src-main/text/file-name.ts';

/** Ids as import lets them in: anything well-formed but control characters and line breaks. */
const id = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('.', '/', '\\', ' ', '%', '~', 'C', 'é', 'e\u0301', 'ß', 'İ'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 80,
  })
  .filter((s) => !/[\p{Cc}\p{Zl}\p{Zp}]/u.test(s));

const WINDOWS_DEVICES = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;

/** What the name looks like to a file system that ignores case and normalizes Unicode. */
const asSeenByFileSystem = (name: string): string => name.normalize('NFD').toLowerCase();

function expectSafe(name: string): void {
  expect(name.length).toBeGreaterThan(0);
  expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
  expect(name).toMatch(/^[\x21-\x7e]+$/);
  expect(name).not.toMatch(/[/\\<>:"|?*]/);
  expect(name.startsWith('.')).toBe(false);
  expect(name).not.toMatch(/[. ]$/);
  expect(name).not.toMatch(WINDOWS_DEVICES);
}

describe('idToFileName', () => {
  it('makes a safe name of any id, that gives the id back', () => {
    fc.assert(
      fc.property(id, (s) => {
        const name = idToFileName(s);
        expectSafe(name);
        expect(fileNameToId(name)).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('never gives two ids the same name, even where case and Unicode normalization do not count', () => {
    // An id among others, and beside its own variants in case and normal form: the likeliest clashes.
    const variants = (s: string): string[] => [
      s,
      s.toUpperCase(),
      s.toLowerCase(),
      s.normalize('NFC'),
      s.normalize('NFD'),
    ];
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 20 }), (ids) => {
        const distinct = [...new Set(ids.flatMap(variants))].filter((s) => !/[\p{Cc}\p{Zl}\p{Zp}]/u.test(s));
        const names = new Set(distinct.map((s) => asSeenByFileSystem(idToFileName(s))));
        expect(names.size).toBe(distinct.length);
      }),
      { numRuns: 500 },
    );
  });

  it('shortens a long id to a bounded name ending in its hash, still distinct', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.string({ minLength: 1, maxLength: 5 }),
        (tail, other) => {
          const base = 'é'.repeat(100);
          fc.pre(tail !== other && !/[\p{Cc}]/u.test(tail + other));
          const a = idToFileName(base + tail);
          const b = idToFileName(base + other);
          expectSafe(a);
          expect(a).toMatch(/~[0-9a-f]{32}$/);
          expect(a).not.toBe(b);
          expect(fileNameToId(a)).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps plain ids readable and escapes the rest', () => {
    expect(idToFileName('000_41a87ea6492af2e9')).toBe('000_41a87ea6492af2e9');
    expect(idToFileName('nos-2021.07')).toBe('nos-2021.07');
    expect(idToFileName('../../etc/passwd')).toBe('%2E.%2F..%2Fetc%2Fpasswd');
    expect(idToFileName('a/b\\c')).toBe('a%2Fb%5Cc');
    expect(idToFileName('con')).toBe('%63on');
    expect(idToFileName('NUL.txt')).toBe('%4E%55%4C.txt');
    expect(idToFileName('aux.tar.gz')).toBe('%61ux.tar.gz');
    expect(idToFileName('Doc')).not.toBe(idToFileName('doc'));
    expect(idToFileName('eind.')).toBe('eind%2E');
    expect(idToFileName('café')).toBe('caf%C3%A9');
    expect(() => idToFileName('')).toThrow(/not a document id/);
  });
});
