import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSettings } from '../../../src-main/settings/settings.ts';
import { tempDir } from '../../helpers/tmp.ts';

describe('the annotator name setting', () => {
  it('offers the OS user name until one is chosen, then keeps the choice across restarts', () => {
    const path = join(tempDir(), 'settings.json');
    const first = openSettings(path, 'jan');
    expect(first.annotator()).toEqual({ name: 'jan', saved: false, suggested: 'jan' });
    expect(existsSync(path)).toBe(false);
    first.setAnnotator('Anna de Vries');
    expect(openSettings(path, 'jan').annotator()).toEqual({
      name: 'Anna de Vries',
      saved: true,
      suggested: 'jan',
    });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ annotator: 'Anna de Vries' });
  });

  it('refuses reserved and malformed names with the reason, and keeps the old one', () => {
    const settings = openSettings(join(tempDir(), 'settings.json'), 'jan');
    settings.setAnnotator('anna');
    expect(() => settings.setAnnotator('Gold')).toThrow(/"Gold" is reserved/);
    expect(() => settings.setAnnotator(' anna')).toThrow(/white space/);
    expect(() => settings.setAnnotator('')).toThrow(/cannot be empty/);
    expect(settings.annotator().name).toBe('anna');
  });

  it('starts afresh from a damaged file, and never offers a reserved OS user name', () => {
    const path = join(tempDir(), 'settings.json');
    writeFileSync(path, '{"annotator": ');
    expect(openSettings(path, 'gold').annotator()).toEqual({ name: null, saved: false, suggested: null });
    writeFileSync(path, '{"annotator": "all"}');
    expect(openSettings(path, 'jan').annotator()).toEqual({ name: 'jan', saved: false, suggested: 'jan' });
  });
});
