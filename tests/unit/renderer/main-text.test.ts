import { describe, expect, it } from 'vitest';
import { lost } from '../../../src-main/formats/losses.ts';
import { english, say } from '../../../src-main/text/messages/say.ts';
import { i18n } from '../../../src-renderer/i18n/i18n.ts';
import { lossLine, mainText } from '../../../src-renderer/i18n/main-text.ts';
import { doccanoReader } from '../../../src-main/formats/doccano/reader.ts';
import { BratReader } from '../../../src-main/formats/brat/read.ts';
import { jsonErrorText } from '../../../src-main/corpus/json-error.ts';

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

  it('says another format’s read errors in Dutch, the file’s own words as they are', async () => {
    await i18n.changeLanguage('nl');
    const [doccano] = [
      ...doccanoReader.read([{ path: 'in.jsonl', text: '{"text": "abc", "label": [[0, 9, "PER"]]}' }]),
    ];
    if (doccano?.kind !== 'error') throw new Error('expected an error');
    expect(doccano.reason).toBe('label[0] [0, 9] is not inside the text');
    expect(mainText(doccano.text, doccano.reason)).toBe('label[0] [0, 9] valt niet binnen de tekst');
    const brat = [
      ...new BratReader().read([
        { path: 'd.txt', text: 'Tien' },
        { path: 'd.ann', text: 'X1\tfoo\n' },
      ]),
    ];
    const first = brat[0];
    if (first?.kind !== 'error') throw new Error('expected an error');
    expect(mainText(first.text, first.reason)).toBe(
      'onbekende annotatieregel "X1" (brat kent T, R, E, A, M, N, # en *)',
    );
    await i18n.changeLanguage('en');
  });

  it('says a JSON syntax error in Dutch, with V8’s words translated', async () => {
    await i18n.changeLanguage('nl');
    const line = '{"text": "abc",}';
    let message = '';
    try {
      JSON.parse(line);
    } catch (e) {
      message = (e as Error).message;
    }
    const text = jsonErrorText(line, message);
    expect(english(text)).toBe('invalid JSON: Expected double-quoted property name at column 16');
    expect(mainText(text, english(text))).toBe(
      'ongeldige JSON: naam van een eigenschap tussen dubbele aanhalingstekens verwacht in kolom 16',
    );
    const cut = jsonErrorText('{"text": "ab', 'Unterminated string in JSON at position 12');
    expect(mainText(cut, english(cut))).toBe(
      'ongeldige JSON: tekenreeks zonder afsluitend aanhalingsteken in kolom 13, het einde van de regel',
    );
    await i18n.changeLanguage('en');
  });
});
