import { describe, expect, it } from 'vitest';
import { lost } from '../../../src-main/formats/losses.ts';
import { english, say } from '../../../src-main/text/messages/say.ts';
import { i18n } from '../../../src-renderer/i18n/i18n.ts';
import { lossLine, mainText } from '../../../src-renderer/i18n/main-text.ts';

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
