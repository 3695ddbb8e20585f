import { describe, expect, it } from 'vitest';
import { actorFinder } from '../../../../src-main/text/dutch/actors.ts';
import { countryNames } from '../../../../src-main/text/dutch/actor-countries.ts';
import { nameMatcher } from '../../../../src-main/text/dutch/name-matcher.ts';

const found = (text: string, gazetteer: Parameters<typeof actorFinder>[0] = []) =>
  actorFinder(gazetteer)(text).map((m) => [text.slice(m.start, m.end), m.rule, m.attributes.kind ?? null]);

describe('ACTOR rules', () => {
  it('knows Dutch country names from ICU and the short forms news uses', () => {
    const names = countryNames();
    for (const n of [
      'Verenigde Staten',
      'Rusland',
      'Oekraïne',
      'Noord-Korea',
      'Zuid-Afrika',
      'VS',
      'Engeland',
      'Hongkong',
      'Birma',
      'Myanmar',
    ])
      expect(names).toContain(n);
    for (const n of [
      'Europese Unie',
      'eurozone',
      'Verenigde Naties',
      'Hongkong SAR van China',
      'Myanmar (Birma)',
    ])
      expect(names).not.toContain(n);
  });

  it('finds countries as whole words only, not inside words or hyphenated compounds', () => {
    expect(found('Oostenrijk en Peru sloten een akkoord; Canada-kenner Chiliaan Peruvianen.')).toEqual([
      ['Oostenrijk', 'actor.country', 'country'],
      ['Peru', 'actor.country', 'country'],
    ]);
    expect(found('De Verenigde Staten en de VS zijn één land.')).toEqual([
      ['Verenigde Staten', 'actor.country', 'country'],
      ['VS', 'actor.country', 'country'],
    ]);
  });

  it('finds the name after a title, without the title, with particles and initials', () => {
    expect(
      found(
        'Volgens woordvoerster Anna de Vries van het ministerie, oud-premier Jan Peter Balkenende, ' +
          "kolonel Ahmed al-Masri, burgemeester Ahmed Aboutaleb en minister Hugo de Jonge. Staatssecretaris W. van 't Hek zweeg.",
      ),
    ).toEqual([
      ['Anna de Vries', 'actor.title', 'person'],
      ['Jan Peter Balkenende', 'actor.title', 'person'],
      ['Ahmed al-Masri', 'actor.title', 'person'],
      ['Ahmed Aboutaleb', 'actor.title', 'person'],
      ['Hugo de Jonge', 'actor.title', 'person'],
      ["W. van 't Hek", 'actor.title', 'person'],
    ]);
  });

  it('leaves a title without a capitalised name, and a portfolio, alone', () => {
    expect(found('De minister zei dat de premier het niet wist. Minister van Financiën sprak.')).toEqual([]);
    expect(found('Het rapport van minister Buitenlandse Zaken kwam laat.')).toEqual([]);
  });

  it("suggests every exact mention of the corpus's own ACTORs, with the kind they were given", () => {
    const gazetteer = [
      { text: 'de Taliban', kind: 'group' as const },
      { text: 'Rode Kruis', kind: null },
    ];
    expect(found('Volgens de Taliban hielp het Rode Kruis; de Talibanstrijders niet.', gazetteer)).toEqual([
      ['de Taliban', 'actor.mention', 'group'],
      ['Rode Kruis', 'actor.mention', null],
    ]);
  });

  it('prefers the corpus mark over a country name inside it', () => {
    expect(
      found('De Verenigde Staten van Amerika reageerden.', [
        { text: 'De Verenigde Staten van Amerika', kind: 'country' },
      ]),
    ).toEqual([['De Verenigde Staten van Amerika', 'actor.mention', 'country']]);
  });

  it('matches names with characters a pattern would read as syntax', () => {
    const match = nameMatcher(['C++ (team)', 'a.b', 'A-ha']);
    expect(match?.('Het C++ (team) en axb en A-ha.').map((m) => m.name)).toEqual(['C++ (team)', 'A-ha']);
  });
});
