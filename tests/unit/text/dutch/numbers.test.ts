import { describe, expect, it } from 'vitest';
import type { NumberAttributes } from '../../../../src-main/text/dutch/mention.ts';
import { findNumbers } from '../../../../src-main/text/dutch/numbers.ts';

/** Each mention as [covered text, attributes], the way a reader checks them. */
function read(text: string): [string, NumberAttributes][] {
  return findNumbers(text).map((m) => [text.slice(m.start, m.end), m.attributes]);
}

const exact = (value: number, unit?: string): NumberAttributes =>
  unit === undefined ? { value, mod: 'exact' } : { value, mod: 'exact', unit };

describe('findNumbers: digits', () => {
  it('reads Dutch separators: dots group thousands, a comma starts decimals', () => {
    expect(read('Er kwamen 4.800 bezoekers, 3.750.000 kijkers en 0,7 millimeter regen.')).toEqual([
      ['4.800', exact(4800)],
      ['3.750.000', exact(3750000)],
      ['0,7 millimeter', exact(0.7, 'millimeter')],
    ]);
  });

  it('applies scale words and their abbreviations exactly', () => {
    expect(read('Een tekort van 4,1 miljoen, 7 mld, 12 mrd, 2,25 biljoen en 6 mln.')).toEqual([
      ['4,1 miljoen', exact(4100000)],
      ['7 mld', exact(7e9)],
      ['12 mrd', exact(12e9)],
      ['2,25 biljoen', exact(2.25e12)],
      ['6 mln', exact(6e6)],
    ]);
  });

  it('names the rule that found each mention', () => {
    const rules = findNumbers('Nu 17 gewonden, zeven doden, 8 procent, €9 en duizenden vluchtelingen.').map(
      (m) => m.rule,
    );
    expect(rules).toEqual([
      'number.digits',
      'number.spelled',
      'number.percent',
      'number.money',
      'number.vague',
    ]);
  });
});

describe('findNumbers: spelled numerals', () => {
  it('reads compounds, halves and fractions', () => {
    expect(read('Zesendertig agenten, achthonderd boeren, vierduizend fans en anderhalve week.')).toEqual([
      ['Zesendertig', exact(36)],
      ['achthonderd', exact(800)],
      ['vierduizend', exact(4000)],
      ['anderhalve week', exact(1.5, 'week')],
    ]);
    expect(read('Na een half uur stemde drie kwart voor, en tweeëntwintig tegen.')).toEqual([
      ['een half uur', exact(0.5, 'uur')],
      ['drie kwart', exact(0.75)],
      ['tweeëntwintig', exact(22)],
    ]);
    expect(read('Ongeveer een derde van de scholen sloot.')).toEqual([
      ['een derde', { value: 1 / 3, mod: 'approx' }],
    ]);
  });

  it('keeps a bare article "een" and an ordinal out', () => {
    expect(read('Een derde golf en een nieuwe ronde: de tweede keer in een jaar.')).toEqual([]);
  });

  it('reads "een miljoen" and "twee en een half miljoen" with the scale', () => {
    expect(read('Er kwamen een miljoen kijkers, later twee en een half miljoen.')).toEqual([
      ['een miljoen', exact(1e6)],
      ['twee en een half miljoen', exact(2.5e6)],
    ]);
  });
});

describe('findNumbers: percentages and money', () => {
  it('normalizes the percentage forms to one unit', () => {
    expect(
      read('De rente steeg 12%, de prijs 4 pct, de werkloosheid 0,2 procentpunt en de btw 21 procent.'),
    ).toEqual([
      ['12%', exact(12, 'procent')],
      ['4 pct', exact(4, 'procent')],
      ['0,2 procentpunt', exact(0.2, 'procentpunt')],
      ['21 procent', exact(21, 'procent')],
    ]);
  });

  it('gives money an ISO currency code, symbol before or word after', () => {
    expect(read('Het kost € 7,5 mln, £40, $ 1.200, 300 dollar, 2 miljard euro en 35 cent.')).toEqual([
      ['€ 7,5 mln', exact(7.5e6, 'EUR')],
      ['£40', exact(40, 'GBP')],
      ['$ 1.200', exact(1200, 'USD')],
      ['300 dollar', exact(300, 'USD')],
      ['2 miljard euro', exact(2e9, 'EUR')],
      ['35 cent', exact(0.35, 'EUR')],
    ]);
  });

  it('takes a measure word as unit, never the counted thing', () => {
    expect(read('Zij liepen 42 kilometer met 12 kilo bepakking; 300 soldaten volgden.')).toEqual([
      ['42 kilometer', exact(42, 'kilometer')],
      ['12 kilo', exact(12, 'kilogram')],
      ['300', exact(300)],
    ]);
  });
});

describe('findNumbers: vague counts and bounds', () => {
  it('gives vague counts a min and max and no value', () => {
    expect(read("Honderden agenten en tienduizenden euro's, tientallen miljarden dollar.")).toEqual([
      ['Honderden', { mod: 'approx', min: 200, max: 999 }],
      ["tienduizenden euro's", { mod: 'approx', min: 20000, max: 99999, unit: 'EUR' }],
      ['tientallen miljarden dollar', { mod: 'approx', min: 20e9, max: 99e9, unit: 'USD' }],
    ]);
  });

  it('keeps approximators and bounds outside the span and sets mod', () => {
    expect(read("Circa 60 boten, ca. 8 kilo, zo'n 400 man, bijna 90 procent en rond 1.100 huizen.")).toEqual([
      ['60', { value: 60, mod: 'approx' }],
      ['8 kilo', { value: 8, mod: 'approx', unit: 'kilogram' }],
      ['400', { value: 400, mod: 'approx' }],
      ['90 procent', { value: 90, mod: 'approx', unit: 'procent' }],
      ['1.100', { value: 1100, mod: 'approx' }],
    ]);
    expect(read('Ruim 70 daken, meer dan 3 ton, minstens 15 doden, tenminste 2 dagen.')).toEqual([
      ['70', { value: 70, mod: 'min', min: 70 }],
      ['3 ton', { value: 3, mod: 'min', min: 3, unit: 'ton' }],
      ['15', { value: 15, mod: 'min', min: 15 }],
      ['2 dagen', { value: 2, mod: 'min', min: 2, unit: 'dag' }],
    ]);
    expect(read('Minder dan 9 liter, maximaal 25 mensen, hooguit vijf, tot wel 36 graden.')).toEqual([
      ['9 liter', { value: 9, mod: 'max', max: 9, unit: 'liter' }],
      ['25', { value: 25, mod: 'max', max: 25 }],
      ['vijf', { value: 5, mod: 'max', max: 5 }],
      ['36 graden', { value: 36, mod: 'max', max: 36, unit: 'graad' }],
    ]);
  });

  it('reads "niet meer dan" as an upper bound, not "meer dan"', () => {
    expect(read('Het mag niet meer dan 14 dagen duren.')).toEqual([
      ['14 dagen', { value: 14, mod: 'max', max: 14, unit: 'dag' }],
    ]);
  });
});

describe('findNumbers: ranges', () => {
  it('makes one span of each range form, without value', () => {
    expect(read('Tussen 40 en 60 procent, 3 à 4 weken, 15 tot 25 graden en 30-35 kilometer.')).toEqual([
      ['40 en 60 procent', { mod: 'range', min: 40, max: 60, unit: 'procent' }],
      ['3 à 4 weken', { mod: 'range', min: 3, max: 4, unit: 'week' }],
      ['15 tot 25 graden', { mod: 'range', min: 15, max: 25, unit: 'graad' }],
      ['30-35 kilometer', { mod: 'range', min: 30, max: 35, unit: 'kilometer' }],
    ]);
  });

  it('spreads a shared scale word over the range', () => {
    expect(read('De schade loopt in de 4 tot 6 miljard euro.')).toEqual([
      ['4 tot 6 miljard euro', { mod: 'range', min: 4e9, max: 6e9, unit: 'EUR' }],
    ]);
  });

  it('reads a change "van X tot Y" as two numbers', () => {
    expect(read('Het budget werd verhoogd van 40 tot 55 miljoen; het leger krimpt van 900 tot 600.')).toEqual(
      [
        ['40', exact(40)],
        ['55 miljoen', exact(55e6)],
        ['900', exact(900)],
        ['600', exact(600)],
      ],
    );
  });
});

describe('findNumbers: forms found while writing the gold set', () => {
  it('reads "tussen de X en Y" as a range', () => {
    expect(read('De schade bedraagt tussen de 4 en 6 miljoen euro.')).toEqual([
      ['4 en 6 miljoen euro', { mod: 'range', min: 4e6, max: 6e6, unit: 'EUR' }],
    ]);
  });

  it('reads "met een derde" as a share and "een half miljoen" with its scale', () => {
    expect(read('Het budget wordt met een derde gekort; een half miljoen mensen merkt het.')).toEqual([
      ['een derde', exact(1 / 3)],
      ['een half miljoen', exact(500000)],
    ]);
  });

  it('counts after "week" and takes "nacht" as a unit', () => {
    expect(read('Vorige week 8.000 aanvragen, in twee nachten 40 meldingen.')).toEqual([
      ['8.000', exact(8000)],
      ['twee nachten', exact(2, 'nacht')],
      ['40', exact(40)],
    ]);
  });

  it('reads "zeker" as a lower bound and keeps "€ 5,-" whole', () => {
    expect(read('Er vielen zeker 9 doden; de toegang kost €5,-.')).toEqual([
      ['9', { value: 9, mod: 'min', min: 9 }],
      ['€5,-', exact(5, 'EUR')],
    ]);
  });

  it('reads "groeide met X tot Y" as a change, "met X tot Y procent gestegen" as a range', () => {
    expect(read('De bevolking groeide met 90.000 tot 18,1 miljoen.')).toEqual([
      ['90.000', exact(90000)],
      ['18,1 miljoen', exact(18.1e6)],
    ]);
    expect(read('De huren zijn met 4 tot 6 procent gestegen.')).toEqual([
      ['4 tot 6 procent', { mod: 'range', min: 4, max: 6, unit: 'procent' }],
    ]);
  });
});

describe('findNumbers: vague and unit forms', () => {
  it('reads "een paar honderd" as a vague count and "%-punt" as percentage points', () => {
    expect(read('Er stonden een paar honderd fans; de rente zakte 0,1%-punt.')).toEqual([
      ['honderd', { mod: 'approx', min: 200, max: 999 }],
      ['0,1%-punt', exact(0.1, 'procentpunt')],
    ]);
  });
});

describe('findNumbers: what is no NUMBER', () => {
  it('skips the verb "acht", two listed days of a month and a postcode', () => {
    expect(read('De rechter acht het bewezen. Op 8 en 9 juni in 3511 AB Utrecht.')).toEqual([]);
  });

  it('skips years, dates and times of day', () => {
    expect(read('In 1998 en sinds 2019, op 4 oktober 2022, 03-11-2020, om 14.45 uur en om 8 uur.')).toEqual(
      [],
    );
    expect(read('Om half zeven, om kwart over vier, om 21:30.')).toEqual([]);
  });

  it('skips ordinals, names, ids, references, phone numbers and scores', () => {
    expect(
      read(
        'De 3e ronde, Boeing 747, MH17, een F-35, artikel 12, art. 3, nummer drie, bel 010-7654321, 2-0 gewonnen.',
      ),
    ).toEqual([]);
  });

  it('keeps a four-digit count that a bound or a counted noun marks', () => {
    expect(read('Ruim 1950 deelnemers en 2000 agenten.')).toEqual([
      ['1950', { value: 1950, mod: 'min', min: 1950 }],
      ['2000', exact(2000)],
    ]);
  });
});

describe('findNumbers: offsets', () => {
  it('counts UTF-16 code units past characters outside the BMP', () => {
    const text = '😀🚀 Er vielen 1.250 doden 𝄞 en drie gewonden.';
    const mentions = findNumbers(text);
    expect(mentions.map((m) => [m.start, m.end])).toEqual([
      [text.indexOf('1.250'), text.indexOf('1.250') + 5],
      [text.indexOf('drie'), text.indexOf('drie') + 4],
    ]);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['1.250', 'drie']);
  });

  it('returns sorted, non-overlapping spans on a long text of digits and spaces, quickly', () => {
    const parts: string[] = [];
    for (let i = 0; parts.length < 200_000; i++) parts.push(String((i * 7919) % 100_000));
    const text = parts.join(' ').slice(0, 1_000_000);
    const started = performance.now();
    const mentions = findNumbers(text);
    const elapsed = performance.now() - started;
    expect(mentions.length).toBeGreaterThan(100_000);
    const unordered = mentions.filter((m, i) => i > 0 && (mentions[i - 1]?.end ?? 0) > m.start);
    expect(unordered).toEqual([]);
    expect(elapsed).toBeLessThan(3000);
  });
});
