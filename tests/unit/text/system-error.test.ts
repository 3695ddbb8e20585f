import { mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemErrorText } from '../../../src-main/text/system-error.ts';
import { english, type Param } from '../../../src-main/text/messages/say.ts';

/** What `run` throws. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('nothing thrown');
}

const said = (p: Param): string => (typeof p === 'object' ? english(p) : String(p));

describe('a file-system error’s detail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'system-error-'));

  it('is a catalogue entry for a common code, whose English is Node’s message exactly', () => {
    const missing = thrown(() => readFileSync(join(dir, 'weg.json')));
    const text = systemErrorText(missing);
    expect(text).toMatchObject({ id: 'system.ENOENT', params: { call: `open '${join(dir, 'weg.json')}'` } });
    expect(said(text)).toBe((missing as Error).message);
    const folder = thrown(() => readFileSync(dir));
    expect(systemErrorText(folder)).toMatchObject({ id: 'system.EISDIR', params: { call: 'read' } });
    const moved = thrown(() => renameSync(join(dir, 'a'), join(dir, 'b')));
    expect(said(systemErrorText(moved))).toBe((moved as Error).message);
  });

  it('is the message as it is for a code or wording the catalogue does not have', () => {
    const odd = Object.assign(new Error('ENOENT: something else entirely'), { code: 'ENOENT' });
    expect(systemErrorText(odd)).toBe('ENOENT: something else entirely');
    const other = Object.assign(new Error('ECONNRESET: connection reset, read'), { code: 'ECONNRESET' });
    expect(systemErrorText(other)).toBe('ECONNRESET: connection reset, read');
    expect(systemErrorText('plain')).toBe('plain');
  });
});
