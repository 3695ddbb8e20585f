import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../src-main/ipc/contract.ts';
import { readmeKeyTables, readmeSection, tableRows } from '../../../src-main/ipc/keys-readme.ts';
import { KEY_ROWS, KEYS, keysText, menuAccelerator, rowKeysText } from '../../../src-main/ipc/keys.ts';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the key table', () => {
  it("is README.md's shortcut table, row for row (npm run keys:readme writes it)", () => {
    const section = readmeSection(README);
    expect(section).not.toBeNull();
    const shown = tableRows(README.slice(section?.start ?? 0, section?.end ?? 0));
    expect(shown).toEqual(KEY_ROWS.map(([, row]) => [rowKeysText(row), row.description]));
    expect(tableRows(readmeKeyTables())).toEqual(shown);
  });

  it('writes keys as people read them, sharing modifiers between neighbours', () => {
    expect(keysText(['Shift+ArrowLeft', 'Shift+ArrowRight'])).toBe('Shift + ← / →');
    expect(keysText(['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'])).toBe('Ctrl + Shift + Z / Ctrl + Y');
    expect(keysText(['CmdOrCtrl+O'], true)).toBe('⌘ + O');
    expect(keysText(['Plus'])).toBe('+');
    expect(rowKeysText(KEYS['suggestion-accept'])).toBe('Enter / A (on a selected suggestion)');
  });

  it('gives a menu command at most one row, and the row a key for it', () => {
    for (const command of MENU_COMMANDS) {
      const rows = KEY_ROWS.filter(([, row]) =>
        (row.menu as readonly string[] | undefined)?.includes(command),
      );
      expect(rows.length, command).toBeLessThanOrEqual(1);
      if (rows.length === 1) expect(menuAccelerator(command, false), command).toBeTruthy();
    }
    expect(menuAccelerator('redo', false)).toBe('CmdOrCtrl+Y');
    expect(menuAccelerator('redo', true)).toBe('CmdOrCtrl+Shift+Z');
  });

  it('has no two rows of one place that a key could mean both', () => {
    const seen = new Map<string, string>();
    const clash: string[] = [];
    for (const [id, row] of KEY_ROWS) {
      for (const key of row.keys) {
        const at = `${row.scope} ${row.when ?? ''} ${key}`;
        const other = seen.get(at);
        // Shared on purpose: Delete on an annotation and on a filler live in different places.
        if (other && other !== id) clash.push(`${other} / ${id}: ${key}`);
        seen.set(at, id);
      }
    }
    expect(clash).toEqual([]);
  });
});
