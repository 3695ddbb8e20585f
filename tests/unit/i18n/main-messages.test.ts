import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as nl } from '../../../src-renderer/i18n/nl/main.ts';
import { mainEn } from '../../../src-main/text/messages/en.ts';
import { english, englishEntry, say } from '../../../src-main/text/messages/say.ts';

type Tree = { readonly [key: string]: string | Tree };

const leaf = (tree: Tree, path: string): string | undefined => {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

/** Every literal `say('id'` in the main side's sources. */
function idsUsed(dir: string, out = new Set<string>()): Set<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) idsUsed(path, out);
    else if (name.endsWith('.ts'))
      for (const [, id = ''] of readFileSync(path, 'utf8').matchAll(/\bsay\(\s*'([\w.]+)'/g)) out.add(id);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('the main side’s message catalogues', () => {
  const used = idsUsed('src-main');

  it('are used: the main side composes its window sentences from them', () => {
    expect(used.size).toBeGreaterThan(150);
  });

  it('hold every id the main side says, in English and in Dutch, with the same placeholders', () => {
    for (const id of used) {
      for (const form of ['', '_one', '_other']) {
        const en = leaf(mainEn, `${id}${form}`);
        if (form === '') {
          if (en === undefined) expect(leaf(mainEn, `${id}_other`), id).toBeDefined();
          continue;
        }
        if (en === undefined) continue;
        expect(variables(leaf(nl, `${id}${form}`) ?? ''), `${id}${form}`).toEqual(variables(en));
      }
      if (leaf(mainEn, id) !== undefined)
        expect(variables(leaf(nl, id) ?? ''), id).toEqual(variables(leaf(mainEn, id) ?? ''));
      expect(englishEntry(id, 2), id).toBeDefined();
    }
  });

  it('give every English entry a Dutch one with the same placeholders, ids composed in code included', () => {
    const entries = (tree: Tree, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, node]) =>
        typeof node === 'string' ? [`${prefix}${key}`] : entries(node, `${prefix}${key}.`),
      );
    for (const path of entries(mainEn))
      expect(variables(leaf(nl, path) ?? ''), path).toEqual(variables(leaf(mainEn, path) ?? ''));
  });

  it('render the English the CLI printed before, nested sentences and plurals included', () => {
    expect(english(say('records.span.pastEnd', { where: 'spans[0]', end: 9, length: 1 }))).toBe(
      'spans[0]: end 9 is past the end of the text (1 code points)',
    );
    const described = say('refusals.annotation.described', { label: 'ACTOR', excerpt: 'Joe', id: 'T1' });
    expect(
      english(say('refusals.relation.already', { head: described, child: described, role: 'agent' })),
    ).toBe('ACTOR "Joe" (T1) already has ACTOR "Joe" (T1) as its agent');
    const relabel = (count: number) =>
      english(say('refusals.annotation.relabelValues', { label: 'EVENT', names: 'x', count }));
    expect(relabel(1)).toBe('EVENT has no x: unset that value before changing the label');
    expect(relabel(3)).toBe('EVENT has no x: unset those 3 values before changing the label');
  });
});
