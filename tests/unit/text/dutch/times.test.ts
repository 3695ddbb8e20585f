import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../../src-main/text/dutch/times.ts';

/** Each mention as `text → timex[/mod]`, the way an annotator reads it. */
function read(text: string, date: string | null): string[] {
  return findTimes(text, date).map((m) => {
    const { timex, mod } = m.attributes;
    return `${text.slice(m.start, m.end)} → ${timex}${mod ? `/${mod}` : ''}`;
  });
}

describe('findTimes: relative days and weeks', () => {
  it('reads day words against a day-precise date', () => {
    expect(
      read(
        'Eergisteren viel de regering, gisteren trad de premier af en vandaag praat de Kamer; morgen stemt zij.',
        '2022-03-10',
      ),
    ).toEqual([
      'Eergisteren → 2022-03-08',
      'gisteren → 2022-03-09',
      'vandaag → 2022-03-10',
      'morgen → 2022-03-11',
    ]);
    expect(read('Gisteravond brandde een schuur, vanochtend was het rustig.', '2022-03-10')).toEqual([
      'Gisteravond → 2022-03-09',
      'vanochtend → 2022-03-10',
    ]);
  });

  it('does not take "de morgen" (the morning) for tomorrow nor "vandaag de dag" for today', () => {
    expect(read('Hij vertrok in de morgen naar huis.', '2022-03-10')).toEqual([]);
    expect(read('Vandaag de dag leest niemand nog een krant.', '2022-03-10')).toEqual([]);
  });

  it('gives weeks as ISO weeks across a year boundary', () => {
    // 2021-01-02 is a Saturday in ISO week 2020-W53; the week before is 2020-W52.
    expect(read('Deze week en vorige week sneeuwde het.', '2021-01-02')).toEqual([
      'Deze week → 2020-W53',
      'vorige week → 2020-W52',
    ]);
    expect(read('Vorige week sneeuwde het.', '2021-01-09')).toEqual(['Vorige week → 2020-W53']);
    expect(read('Volgende week begint de cursus.', '2020-12-30')).toEqual(['Volgende week → 2021-W01']);
  });

  it('reads months, years, weekends and quarters relative to the date', () => {
    expect(
      read('Vorige maand daalde de prijs, deze maand stijgt hij, volgende maand weer.', '2021-01-15'),
    ).toEqual(['Vorige maand → 2020-12', 'deze maand → 2021-01', 'volgende maand → 2021-02']);
    expect(
      read(
        'Vorig jaar verloor de club, dit jaar won zij en volgend jaar hoopt zij op meer. Het afgelopen jaar was zwaar.',
        '2021-07-14',
      ),
    ).toEqual(['Vorig jaar → 2020', 'dit jaar → 2021', 'volgend jaar → 2022', 'afgelopen jaar → 2020']);
    expect(read('Afgelopen weekend waren er rellen.', '2021-07-12')).toEqual([
      'Afgelopen weekend → 2021-W27-WE',
    ]);
    expect(read('Het bedrijf groeide in het derde kwartaal.', '2021-11-02')).toEqual([
      'derde kwartaal → 2021-Q3',
    ]);
  });

  it('reads "N jaar geleden" as a point and leaves durations alone', () => {
    expect(
      read('Vijf jaar geleden sloot de fabriek; twee weken geleden ging zij weer open.', '2021-07-14'),
    ).toEqual(['Vijf jaar geleden → 2016', 'twee weken geleden → 2021-W26']);
    expect(read('De staking duurde drie jaar en de verbouwing twee weken.', '2021-07-14')).toEqual([]);
    expect(read('De afgelopen jaren groeide de stad, de komende maanden ook.', '2021-07-14')).toEqual([]);
  });

  it('counts with every one-word numeral the number rules know, not a shorter list of its own', () => {
    expect(read('Zestig jaar geleden werd de dam gebouwd.', '2021-07-14')).toEqual([
      'Zestig jaar geleden → 1961',
    ]);
    expect(read('Dertien dagen geleden begon de staking.', '2021-07-14')).toEqual([
      'Dertien dagen geleden → 2021-07-01',
    ]);
  });
});

describe('findTimes: weekdays', () => {
  it('takes the latest such day on or before the article date in the past tense', () => {
    // 2021-07-14 is a Wednesday.
    expect(read('De minister sprak maandag met de bonden.', '2021-07-14')).toEqual(['maandag → 2021-07-12']);
    expect(read('De minister sprak woensdag met de bonden.', '2021-07-14')).toEqual([
      'woensdag → 2021-07-14',
    ]);
    expect(read('Donderdagavond brak er brand uit.', '2021-07-14')).toEqual(['Donderdagavond → 2021-07-08']);
  });

  it('takes the next one in a future-tense clause', () => {
    expect(read('De minister zal maandag met de bonden spreken.', '2021-07-14')).toEqual([
      'maandag → 2021-07-19',
    ]);
    expect(read('De bonden gaan vrijdag staken.', '2021-07-14')).toEqual(['vrijdag → 2021-07-16']);
    expect(read('Zaterdag is er een optocht, zo zal de burgemeester zeggen.', '2021-07-14')).toEqual([
      'Zaterdag → 2021-07-10',
    ]);
  });

  it('reads vorige, komende and "dinsdag vorige week"', () => {
    expect(read('Afgelopen woensdag en komende woensdag.', '2021-07-14')).toEqual([
      'Afgelopen woensdag → 2021-07-07',
      'komende woensdag → 2021-07-21',
    ]);
    expect(read('Dat gebeurde dinsdag vorige week.', '2021-07-14')).toEqual([
      'dinsdag vorige week → 2021-07-06',
    ]);
    expect(read('Dat gebeurde vorige week dinsdag.', '2021-07-14')).toEqual([
      'vorige week dinsdag → 2021-07-06',
    ]);
  });
});

describe('findTimes: the precision rule', () => {
  it('never gives a day or week from a month-precise date', () => {
    expect(read('Maandag landde het toestel; vorige week en gisteren ook.', '2021-07')).toEqual([
      'Maandag → 2021-07',
      'vorige week → 2021-07',
      'gisteren → 2021-07',
    ]);
    expect(read('Vorige maand en vorig jaar.', '2021-07')).toEqual([
      'Vorige maand → 2021-06',
      'vorig jaar → 2020',
    ]);
  });

  it('gives only the year from a year-precise date', () => {
    expect(read('Vorige maand en maandag, maar vorig jaar ook.', '2021')).toEqual([
      'Vorige maand → 2021',
      'maandag → 2021',
      'vorig jaar → 2020',
    ]);
  });

  it('marks what no date can give with X and still resolves absolute times', () => {
    expect(read('Dinsdag, gisteren, vorig jaar en in juli; op 3 mei 2019.', null)).toEqual([
      'Dinsdag → XXXX-WXX-2',
      'gisteren → XXXX-XX-XX',
      'vorig jaar → XXXX',
      'juli → XXXX-07',
      '3 mei 2019 → 2019-05-03',
    ]);
  });
});

describe('findTimes: dates, months and years', () => {
  it('reads written and numeric dates', () => {
    expect(read('Op 3 februari 2020, op 03-02-2020, op 2020-02-03 en op 3 feb. 2020.', '2021')).toEqual([
      '3 februari 2020 → 2020-02-03',
      '03-02-2020 → 2020-02-03',
      '2020-02-03 → 2020-02-03',
      '3 feb. 2020 → 2020-02-03',
    ]);
    expect(read('Het gebeurde op 31 februari.', '2021-03-01')).toEqual([]);
  });

  it('puts a date or month without a year in the nearest year', () => {
    expect(read('Op 28 december werd het bekend.', '2021-01-05')).toEqual(['28 december → 2020-12-28']);
    expect(read('In maart werd het bekend.', '2021-11-20')).toEqual(['maart → 2021-03']);
    expect(read('In februari zal het bekend worden.', '2021-11-20')).toEqual(['februari → 2022-02']);
    // Within two months ahead a date is the coming one; after `sinds` always a past one.
    expect(read('De wet wordt op 3 augustus behandeld.', '2021-06-15')).toEqual(['3 augustus → 2021-08-03']);
    expect(read('De wet wordt op 3 oktober behandeld.', '2021-06-15')).toEqual(['3 oktober → 2020-10-03']);
    expect(read('Sinds januari daalt de prijs.', '2021-12-01')).toEqual(['januari → 2021-01/AFTER']);
    expect(read('In januari daalt de prijs.', '2021-12-01')).toEqual(['januari → 2022-01']);
  });

  it('reads years after a time signal, with the mod the signal implies', () => {
    expect(read('Sinds 2015 groeit het, vóór 2008 kromp het en rond 1990 stond het stil.', '2021')).toEqual([
      '2015 → 2015/AFTER',
      '2008 → 2008/BEFORE',
      '1990 → 1990/APPROX',
    ]);
    expect(read('Van 2003 tot 2011 en tussen 2012 en 2014; het rapport uit 2019.', '2021')).toEqual([
      '2003 → 2003',
      '2011 → 2011',
      '2012 → 2012',
      '2014 → 2014',
      '2019 → 2019',
    ]);
    expect(read('In het jaar 1648 kwam de vrede; de periode 1940-1945.', '2021')).toEqual([
      '1648 → 1648',
      '1940 → 1940',
      '1945 → 1945',
    ]);
  });

  it('does not take counts, amounts and thousands for years', () => {
    expect(read('Het kost 2.500 euro; er kwamen 1500 mensen en tot 2000 militairen.', '2021')).toEqual([]);
    expect(read('De zaal telt 1850 stoelen.', '2021')).toEqual([]);
    expect(read('Het werk kostte rond 1200 uur, in 1941 en 1942.', '2021')).toEqual([
      '1941 → 1941',
      '1942 → 1942',
    ]);
    expect(read('Het bedrag steeg van € 1200 naar 12.000,50.', '2021')).toEqual([]);
  });

  it('reads decades', () => {
    expect(
      read("In de jaren zeventig, de jaren '80 en de jaren 1990; de jaren twintig van deze eeuw.", '2021'),
    ).toEqual([
      'jaren zeventig → 197X',
      "jaren '80 → 198X",
      'jaren 1990 → 199X',
      'jaren twintig van deze eeuw → 202X',
    ]);
  });
});

describe('findTimes: position words and seasons', () => {
  it('keeps position words inside the span and sets mod', () => {
    expect(
      read('Eind volgend jaar, begin deze maand, medio 2023 en halverwege de jaren zestig.', '2021-07-14'),
    ).toEqual([
      'Eind volgend jaar → 2022/END',
      'begin deze maand → 2021-07/START',
      'medio 2023 → 2023/MID',
      'halverwege de jaren zestig → 196X/MID',
    ]);
    expect(read('Aan het eind van de maand en half juni.', '2021-07-14')).toEqual([
      'eind van de maand → 2021-07/END',
      'half juni → 2021-06/MID',
    ]);
  });

  it('lets the position word win over a signal', () => {
    expect(read('Sinds begin 2019 daalt het.', '2021')).toEqual(['begin 2019 → 2019/START']);
  });

  it('reads seasons relative to the month', () => {
    expect(read('Komende zomer en afgelopen winter.', '2021-03-10')).toEqual([
      'Komende zomer → 2021-SU',
      'afgelopen winter → 2020-WI',
    ]);
    expect(read('Komende zomer.', '2021-08-10')).toEqual(['Komende zomer → 2022-SU']);
    expect(read('In het voorjaar van 2020 en in het najaar.', '2021-05')).toEqual([
      'voorjaar van 2020 → 2020-SP',
      'najaar → 2021-FA',
    ]);
    expect(read('De zomer is warm.', '2021-05')).toEqual([]);
  });
});

describe('findTimes: clock times and offsets', () => {
  it('puts a clock time on the day named before it, else the article day', () => {
    expect(read('Om 15.00 uur begint het debat.', '2021-07-14')).toEqual(['15.00 uur → 2021-07-14T15:00']);
    expect(read('Gisteren rond 22.30 uur brak brand uit.', '2021-07-14')).toEqual([
      'Gisteren → 2021-07-13',
      '22.30 uur → 2021-07-13T22:30/APPROX',
    ]);
    expect(read('De storing duurde 24 uur.', '2021-07-14')).toEqual([]);
    expect(read('Na 12 uur kwam de monteur, na 2 uur was het opgelost.', '2021-07-14')).toEqual([]);
    expect(read('De winkels gaan om 8 uur open.', '2021-07-14')).toEqual(['8 uur → 2021-07-14T08:00']);
  });

  it('returns sorted, non-overlapping UTF-16 offsets', () => {
    const text = '😀 Sinds 2014 en 😀 vorige week.';
    const found = findTimes(text, '2021-07-14');
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['2014', 'vorige week']);
    expect(found.map((m) => [m.start, m.end])).toEqual([
      [9, 13],
      [20, 31],
    ]);
  });
});

describe('findTimes: named days, halves, "over" and sentence-initial years', () => {
  it('reads named days by date, by Easter and as the third Tuesday of September', () => {
    expect(
      read(
        'Op Bevrijdingsdag en met Pinksteren was het druk; Prinsjesdag valt dit jaar vroeg.',
        '2023-07-30',
      ),
    ).toEqual([
      'Bevrijdingsdag → 2023-05-05',
      'Pinksteren → 2023-05-28',
      'Prinsjesdag → 2023-09-19',
      'dit jaar → 2023',
    ]);
    expect(read('Goede Vrijdag 2016 en tweede kerstdag.', null)).toEqual([
      'Goede Vrijdag 2016 → 2016-03-25',
      'tweede kerstdag → XXXX-12-26',
    ]);
    expect(read('De kerstvakantie begint laat.', '2023-06-30')).toEqual([]);
  });

  it('reads halves of a year', () => {
    expect(
      read('De omzet steeg in de eerste helft van 2019 en daalt in de tweede jaarhelft.', '2019-08-01'),
    ).toEqual(['eerste helft van 2019 → 2019-H1', 'tweede jaarhelft → 2019-H2']);
    expect(read('De tweede helft van de wedstrijd was saai.', '2019-08-01')).toEqual([]);
  });

  it('reads "over N weken" as a point ahead, with "over" inside the span', () => {
    expect(
      read('Over vijf dagen sluit de inschrijving en over twee maanden start de bouw.', '2022-11-28'),
    ).toEqual(['Over vijf dagen → 2022-12-03', 'over twee maanden → 2023-01']);
    expect(read('Het debat ging over drie moties.', '2022-11-28')).toEqual([]);
  });

  it('takes a 4-digit number that opens a sentence for a year', () => {
    expect(read('Het was een slecht jaar. 2016 begon met een storm.', '2020')).toEqual(['2016 → 2016']);
    expect(read('Er kwamen er 2016 binnen.', '2020')).toEqual([]);
  });
});
