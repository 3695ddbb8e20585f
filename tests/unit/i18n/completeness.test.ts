import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src-renderer/i18n/en/index.ts';
import { pickLanguage } from '../../../src-renderer/i18n/languages.ts';
import { nl } from '../../../src-renderer/i18n/nl/index.ts';

// Optional leaves (a key row's `when`) are left out where a row has none.
type Tree = { readonly [key: string]: string | Tree | undefined };

/** Every leaf as "namespace:dotted.key" → text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? `${key}:` : prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`;
    if (value === undefined) continue;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const english = leaves(en);
const dutch = leaves(nl);
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('the translations', () => {
  it('have the same keys in English and Dutch', () => {
    expect([...dutch.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !dutch.has(k))).toEqual([]);
  });

  it('leave no text empty and keep the same placeholders', () => {
    for (const [key, text] of english) {
      const translated = dutch.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(translated.trim(), key).not.toBe('');
      expect(variables(translated), key).toEqual(variables(text));
    }
  });

  it('give every plural both of the forms English and Dutch use', () => {
    for (const key of english.keys()) {
      const plural = /_(one|other)$/.exec(key);
      if (!plural) continue;
      const stem = key.slice(0, -plural[0].length);
      expect(english.has(`${stem}_one`) && english.has(`${stem}_other`), stem).toBe(true);
    }
  });

  it('hold every key the renderer asks for', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) {
          const source = readFileSync(path, 'utf8');
          // Literal keys only: t('ns:key') or t('key') inside a useTranslation('ns') file.
          const ns = /useTranslation\(\s*'(\w+)'/.exec(source)?.[1] ?? 'common';
          for (const [, name = ''] of source.matchAll(/\bt\(\s*'([\w.:-]+)'/g)) {
            const key = name.includes(':') ? name : `${ns}:${name}`;
            used.add(key);
          }
        }
      }
    };
    walk('src-renderer');
    const missing = [...used].filter(
      (k) => !english.has(k) && !(english.has(`${k}_one`) && english.has(`${k}_other`)),
    );
    expect(missing).toEqual([]);
  });
});

describe('the starting language', () => {
  it('follows the system unless the user chose one', () => {
    expect(pickLanguage(null, ['nl-BE', 'en'])).toBe('nl');
    expect(pickLanguage(null, ['fr-FR', 'nl'])).toBe('nl');
    expect(pickLanguage(null, ['fr-FR'])).toBe('en');
    expect(pickLanguage('en', ['nl-NL'])).toBe('en');
    expect(pickLanguage('de', ['nl-NL'])).toBe('nl');
  });
});
