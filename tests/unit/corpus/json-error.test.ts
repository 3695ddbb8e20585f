import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeJsonError,
  jsonFileErrorText,
  locateJsonError,
} from '../../../src-main/corpus/json-error.ts';
import { english } from '../../../src-main/text/messages/say.ts';

const V8_POSITION = / at position (\d+)/;
const V8_TOKEN = /^Unexpected token '([\s\S]+?)', /;

function parseError(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const reason = (text: string): string => describeJsonError(text, parseError(text) ?? '');

/** Near-JSON: valid records cut, spliced and sprinkled with the characters parsers trip on. */
const nearJson = fc
  .tuple(
    fc.array(fc.constantFrom(...'{}[],:" \\/0123456789.-+eEtrufalsnbx\t\r\n\u0000\u00a0😀é'), {
      maxLength: 30,
    }),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.nat(),
    fc.nat(),
  )
  .map(([noise, json, at, cut]) => {
    const spliced = `${json.slice(0, at % (json.length + 1))}${noise.join('')}${json.slice(at % (json.length + 1))}`;
    return cut % 3 === 0 ? spliced.slice(0, cut % (spliced.length + 1)) : spliced;
  });

describe('JSON errors of a JSONL line', () => {
  it('finds the error where V8 does, and the token V8 names', () => {
    fc.assert(
      fc.property(nearJson, (text) => {
        const message = parseError(text);
        const at = locateJsonError(text);
        if (message === null) {
          expect(at).toBe(-1);
          return;
        }
        const position = V8_POSITION.exec(message);
        const token = V8_TOKEN.exec(message);
        if (position) expect(at).toBe(Number(position[1]));
        else if (token) expect(text.charAt(at)).toBe(token[1]);
        else expect([message, at]).toEqual(['Unexpected end of JSON input', text.length]);
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the column once, in characters of the line, without V8 line numbers or snippets', () => {
    fc.assert(
      fc.property(nearJson, (text) => {
        if (parseError(text) === null) return;
        expect(reason(text)).toMatch(/^invalid JSON: [^\n]+ at column \d+(, the end of the line)?$/);
        expect(reason(text)).not.toMatch(/line \d|position|is not valid JSON/);
      }),
      { numRuns: 2000 },
    );
  });

  it('says what it found and where', () => {
    expect(reason('{"text":"De VS"} x')).toBe(
      'invalid JSON: Unexpected non-whitespace character after JSON at column 18',
    );
    // Characters, not UTF-16 units: the emoji is one column.
    expect(reason('{"text":"😀","x":😀}')).toBe("invalid JSON: Unexpected token '😀' at column 17");
    expect(reason('{"x":\u00a01}')).toBe('invalid JSON: Unexpected token U+00A0 at column 6');
    expect(reason('{"text":"De VS')).toBe(
      'invalid JSON: Unterminated string at column 15, the end of the line',
    );
    expect(reason('{"text":')).toBe(
      'invalid JSON: Unexpected end of JSON input at column 9, the end of the line',
    );
  });

  it('says where in a whole file: the line and the column in it, or its end', () => {
    const inFile = (text: string): string => {
      const said = jsonFileErrorText(text, parseError(text) ?? '');
      return typeof said === 'object' ? english(said) : String(said);
    };
    expect(inFile('{\n  "labels": []\n  "roles": []\n}\n')).toBe(
      "Expected ',' or '}' after property value at line 3, column 3",
    );
    expect(inFile('[{"a": 1},\n {"😀" 2}]')).toBe("Expected ':' after property name at line 2, column 7");
    expect(inFile('{"labels": [')).toBe('Unexpected end of JSON input at the end of the file');
  });
});
