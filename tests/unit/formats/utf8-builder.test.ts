import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLineBreaks } from '../../../src-main/corpus/export-lines.ts';
import { conllWriter } from '../../../src-main/formats/conll2002/writer.ts';
import { recordsConverter } from '../../../src-main/formats/page-convert.ts';
import { prodigyWriter } from '../../../src-main/formats/prodigy/writer.ts';
import { Utf8Builder, utf8 } from '../../../src-main/formats/utf8-builder.ts';
import { SCHEME, record } from './records.ts';

/** Text a Dutch article may hold and the awkward rest: astral characters, CR LF, line separators, controls. */
const AWKWARD = [
  'De VS',
  ' ',
  '\r\n',
  '\r',
  '\n',
  '\t',
  '😀',
  '👩‍👩‍👧',
  '𝔘',
  'é',
  'e\u0301',
  '東京',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u0001',
  '"',
  '\\',
  '\ufeff',
  '-DOCSTART-',
  '2.500',
  "zo'n",
];
const awkwardText = fc.array(fc.constantFrom(...AWKWARD), { maxLength: 40 }).map((xs) => xs.join(''));

describe('the UTF-8 builder', () => {
  it('writes any slice of any string as Buffer encodes it, growing from a small buffer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.string({ unit: 'grapheme' }), awkwardText), fc.nat(), fc.nat())),
        (parts) => {
          const out = new Utf8Builder(1);
          const expected: Buffer[] = [];
          for (const [s, a, b] of parts) {
            // Cut only between characters, as the writers do.
            const chars = [...s];
            const from = [...chars.slice(0, a % (chars.length + 1))].join('').length;
            const to =
              from +
              chars
                .slice(a % (chars.length + 1))
                .slice(0, b % (chars.length + 1))
                .join('').length;
            out.slice(s, from, to);
            out.string(s);
            expected.push(Buffer.from(s.slice(from, to)), Buffer.from(s));
          }
          expect(Buffer.compare(out.view(), Buffer.concat(expected))).toBe(0);
        },
      ),
    );
  });

  it('writes integers as their digits, and bytes as they are', () => {
    const out = new Utf8Builder(2);
    const numbers = [0, 7, 10, 99, 100, 12345, 99999, 100000, 2 ** 31 - 1, 2 ** 31, -3, 1.5];
    for (const n of numbers) {
      out.int(n);
      out.bytes(utf8(',"é":'));
      out.byte(0x20);
    }
    expect(out.text()).toBe(numbers.map((n) => `${n},"é": `).join(''));
  });
});

/** A record over awkward text, with spans on whole characters. */
const awkwardRecord = awkwardText
  .filter((t) => t.trim() !== '')
  .chain((text) => {
    const length = [...text].length;
    const span = fc
      .tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: 8 }), fc.constantFrom('EVENT', 'ACTOR'))
      .map(([start, n, label]): [string, string] => {
        const part = [...text].slice(start, Math.min(length, start + n)).join('');
        return [part, label];
      });
    return fc.array(span, { maxLength: 6 }).map((spans) => {
      try {
        return record(text, spans);
      } catch {
        return record(text, []);
      }
    });
  });

describe('the token formats written as bytes', () => {
  it('give Prodigy tasks exactly as JSON.stringify writes them, line breaks escaped', () => {
    fc.assert(
      fc.property(fc.array(awkwardRecord, { minLength: 1, maxLength: 4 }), (records) => {
        const page = recordsConverter({ format: 'prodigy', scheme: SCHEME })(records);
        const lines = Buffer.from(page.bytes).toString('utf8').split('\n');
        expect(lines.pop()).toBe('');
        expect(lines).toHaveLength(records.length);
        for (const line of lines) expect(line).toBe(escapeLineBreaks(JSON.stringify(JSON.parse(line))));
      }),
    );
  });

  it("give a page's bytes as each record()'s text encoded, one after another", () => {
    fc.assert(
      fc.property(fc.array(awkwardRecord, { minLength: 1, maxLength: 4 }), (records) => {
        for (const [format, writer] of [
          ['prodigy', prodigyWriter],
          ['conll2002', conllWriter],
        ] as const) {
          const page = recordsConverter({ format, scheme: SCHEME })(records);
          const w = writer();
          w.begin(SCHEME);
          const texts = records.flatMap((r) => w.record(r).outputs.map((o) => o.text));
          expect(Buffer.compare(Buffer.from(page.bytes), Buffer.from(texts.join('')))).toBe(0);
        }
      }),
    );
  });
});
