import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src-main/app/menu.ts';
import { answeringLanguage } from '../../../src-main/app/menu-language.ts';
import { KEY_GROUPS, KEY_ROWS } from '../../../src-main/ipc/keys.ts';
import { keys as en } from '../../../src-renderer/i18n/en/keys.ts';
import { keys as nl } from '../../../src-renderer/i18n/nl/keys.ts';

describe('the key table in both languages', () => {
  it('gives every row a description in English and Dutch, with a "when" and "shown" where the table has one', () => {
    for (const [id, row] of KEY_ROWS) {
      const english = en.rows[id];
      const dutch = nl.rows[id];
      expect(english, id).toEqual({
        description: row.description,
        ...(row.when === undefined ? {} : { when: row.when }),
        ...(row.shown === undefined ? {} : { shown: row.shown }),
      });
      expect(dutch.description.trim(), id).not.toBe('');
      expect(dutch.description, id).not.toBe(english.description);
      expect(dutch.when === undefined, `${id} when`).toBe(row.when === undefined);
      expect(dutch.shown === undefined, `${id} shown`).toBe(row.shown === undefined);
    }
    expect(Object.keys(nl.rows).sort()).toEqual(KEY_ROWS.map(([id]) => id).sort());
  });

  it('names every group in both languages', () => {
    for (const group of KEY_GROUPS) {
      expect(en.groups[group]).toBe(group);
      expect(nl.groups[group].trim(), group).not.toBe('');
    }
  });
});

describe('the application menu in the window language', () => {
  const labels = (language: 'en' | 'nl') => {
    const template = buildMenuTemplate({
      appName: 'Annotator',
      isDev: false,
      platform: 'linux',
      language,
      send: () => undefined,
    });
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    const help = template[4]?.submenu as MenuItemConstructorOptions[];
    return {
      top: template.map((m) => m.label),
      file: file.map((i) => i.label),
      help: help.map((i) => i.label),
    };
  };

  it('is Dutch when the window is Dutch, English otherwise', () => {
    expect(labels('nl').top).toEqual(['Bestand', 'Bewerken', 'Suggesties', 'Beeld', 'Help']);
    expect(labels('nl').file.slice(0, 3)).toEqual([
      'Bestanden importeren…',
      'Map importeren…',
      'Corpus exporteren…',
    ]);
    expect(labels('nl').help).toEqual(['Sneltoetsen', 'Over Annotator']);
    expect(labels('en').top).toEqual(['File', 'Edit', 'Suggestions', 'View', 'Help']);
    expect(labels('en').help).toEqual(['Keyboard Shortcuts', 'About Annotator']);
  });

  it('follows the language the window reports, refusing one it does not know', async () => {
    const forwarded: string[] = [];
    const told: string[] = [];
    const call = answeringLanguage(
      (method) => {
        forwarded.push(method);
        return Promise.resolve({ ok: true, value: null });
      },
      (language) => told.push(language),
    );
    expect(await call('app.language', { language: 'nl' })).toEqual({ ok: true, value: null });
    const refused = await call('app.language', { language: 'de' });
    expect(refused.ok).toBe(false);
    expect(await call('corpus.stats', {})).toEqual({ ok: true, value: null });
    expect(told).toEqual(['nl']);
    expect(forwarded).toEqual(['corpus.stats']);
  });
});
