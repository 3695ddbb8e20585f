/**
 * Every key of the app, in one table: the window's handlers match through it
 * (src-renderer/keys/match.ts), the `?` overview and README.md's shortcut
 * table are drawn from it (checked by tests/unit/app/keys.test.ts, written by
 * `npm run keys:readme`), and the application menu takes its accelerators
 * from it (src-main/app/menu.ts). A new key is one row in keys-article.ts or keys-window.ts.
 *
 * Keys are written as Electron accelerators with DOM key names:
 * `CmdOrCtrl+Shift+Z`, `Alt+ArrowLeft`, `J`, `Plus` for "+". `CmdOrCtrl` is
 * ⌘ on a Mac, `Ctrl` the Control key everywhere. A letter, digit or bracket
 * matches by its place on the keyboard, so Shift+1 is still "1".
 */
import type { MenuCommand } from './contract.ts';
import type { KeyGroup, KeyRow } from './key-row.ts';
import { ARTICLE_KEYS } from './keys-article.ts';
import { WINDOW_KEYS } from './keys-window.ts';

export type { KeyGroup, KeyRow, KeyScope } from './key-row.ts';

/** Every key, in the order the overview and README.md list them. */
export const KEYS = { ...ARTICLE_KEYS, ...WINDOW_KEYS } as const;

export type KeyId = keyof typeof KEYS;

/** The rows in table order. */
export const KEY_ROWS: readonly [KeyId, KeyRow][] = Object.entries(KEYS) as [KeyId, KeyRow][];

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Plus: '+',
  PageUp: 'PgUp',
  PageDown: 'PgDn',
};

/** An accelerator split into its modifiers and its key (`Plus` and `+` alike). */
export function partsOf(accelerator: string): { modifiers: string[]; key: string } {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  return { modifiers: parts, key };
}

/**
 * Keys as people read them: `CmdOrCtrl+Shift+Z` → `Ctrl + Shift + Z`, and
 * neighbours with the same modifiers share them: `Shift + ← / →`.
 */
export function keysText(keys: readonly string[], mac = false): string {
  const groups: { modifiers: string; keys: string[] }[] = [];
  for (const accelerator of keys) {
    const { modifiers, key } = partsOf(accelerator);
    const mods = modifiers.map((m) => (m === 'CmdOrCtrl' ? (mac ? '⌘' : 'Ctrl') : m)).join(' + ');
    const last = groups[groups.length - 1];
    const name = KEY_NAMES[key] ?? key;
    if (last && last.modifiers === mods) last.keys.push(name);
    else groups.push({ modifiers: mods, keys: [name] });
  }
  return groups.map((g) => (g.modifiers ? `${g.modifiers} + ` : '') + g.keys.join(' / ')).join(' / ');
}

/** The keys column of a row, as the overview and README.md show it. */
export function rowKeysText(row: KeyRow, mac = false): string {
  const keys = row.shown ?? keysText(row.keys, mac);
  return row.when ? `${keys} (${row.when})` : keys;
}

/** The menu's accelerator for `command`, if a row gives it one. */
export function menuAccelerator(command: MenuCommand, mac: boolean): string | undefined {
  for (const [, row] of KEY_ROWS) {
    const index = row.menu?.indexOf(command) ?? -1;
    if (index !== -1) return (mac ? row.macMenuKey : undefined) ?? row.keys[index];
  }
  return undefined;
}

/** The keys that carry out menu `command` in the window: all of its row's, or its own where the row has several commands. */
export function commandKeys(command: MenuCommand): readonly string[] {
  for (const [, row] of KEY_ROWS) {
    const index = row.menu?.indexOf(command) ?? -1;
    if (index === -1) continue;
    const key = row.keys[index];
    return row.menu?.length === 1 ? row.keys : key ? [key] : [];
  }
  return [];
}

/** The groups in the order their first rows come. */
export const KEY_GROUPS: readonly KeyGroup[] = [...new Set(KEY_ROWS.map(([, row]) => row.group))];
