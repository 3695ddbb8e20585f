import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../src-renderer/i18n/i18n.ts';
import { lossLine, mainText } from '../../../src-renderer/i18n/main-text.ts';
import { main as nl } from '../../../src-renderer/i18n/nl/main.ts';
import { lost } from '../../../src-main/formats/losses.ts';
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

describe('a main-side sentence in the window', () => {
  it('is said in the interface’s language, user data untouched, numbers as the language writes them', async () => {
    await i18n.changeLanguage('nl');
    const text = say('records.tooManySpans', { spans: 100001, max: 100000 });
    expect(mainText(text, english(text))).toBe('te veel spans (100.001; hoogstens 100.000 per document)');
    const problem = say('records.idProblem', {
      problem: say('records.idControl', { char: 'U+0007', at: 3 }),
    });
    expect(mainText(problem, english(problem))).toBe(
      '"id" bevat een stuurteken (U+0007, teken 3); een id mag geen stuurtekens of regeleinden bevatten',
    );
    const relabel = say('refusals.annotation.relabelRelations', { label: 'EVENT', roles: 'agent', count: 2 });
    expect(mainText(relabel, english(relabel))).toBe(
      'EVENT past niet bij 2 relaties van deze annotatie (agent): verwijder ze voordat je het label wijzigt',
    );
    const loss = lost(
      'doc-1',
      'T1',
      'origin',
      say('losses.doccano.noPlace', {
        what: say('losses.doccano.origin', { origin: 'manual' }),
        tool: 'doccano',
      }),
    );
    expect(lossLine(loss)).toBe('doc-1 T1: herkomst: herkomst manual: doccano heeft er geen plaats voor');
    await i18n.changeLanguage('en');
    expect(mainText(relabel, english(relabel))).toBe(english(relabel));
  });

  it('falls back to main’s English for an id the window does not know, or no text at all', async () => {
    await i18n.changeLanguage('nl');
    expect(mainText({ id: 'records.fromANewerVersion' }, 'a newer sentence')).toBe('a newer sentence');
    expect(
      mainText({ id: 'records.span.pastEnd', params: { where: 1, nested: { id: 'nope' } } }, 'English'),
    ).toBe('English');
    expect(mainText({ id: 42 }, 'English')).toBe('English');
    expect(mainText(undefined, 'English')).toBe('English');
    await i18n.changeLanguage('en');
  });
});
