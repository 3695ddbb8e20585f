/**
 * JSON syntax errors of one JSONL line, said the way a user can act on:
 * V8's message without its position, snippet or "line 1 column N" (the
 * report names the file's line already), and the column, counted in
 * characters (code points) of that line, once.
 */
import { english, type MainText, type MessageId, type Param, say } from '../text/messages/say.ts';

const WHITE_SPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Index after the string that starts at `at` (a quote), or where it goes wrong as `{ bad }`. */
function skipString(text: string, at: number): number | { bad: number } {
  let i = at + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"') return i + 1;
    if (c < ' ') return { bad: i };
    if (c !== '\\') {
      i++;
      continue;
    }
    const escaped = text.charAt(i + 1);
    if (escaped === 'u') {
      for (let k = i + 2; k < i + 6; k++) if (!HEX.test(text.charAt(k))) return { bad: k };
      i += 6;
    } else if (ESCAPES.has(escaped)) i += 2;
    else return { bad: i + 1 };
  }
  return { bad: text.length };
}

function skipDigits(text: string, at: number): number {
  let i = at;
  while (isDigit(text.charAt(i))) i++;
  return i;
}

/** Index after the number that starts at `at`, or where it goes wrong as `{ bad }`. */
function skipNumber(text: string, at: number): number | { bad: number } {
  let i = text.charAt(at) === '-' ? at + 1 : at;
  if (text.charAt(i) === '0') i++;
  else if (isDigit(text.charAt(i))) i = skipDigits(text, i);
  else return { bad: i };
  if (text.charAt(i) === '.') {
    if (!isDigit(text.charAt(i + 1))) return { bad: i + 1 };
    i = skipDigits(text, i + 1);
  }
  if (text.charAt(i) === 'e' || text.charAt(i) === 'E') {
    i++;
    if (text.charAt(i) === '+' || text.charAt(i) === '-') i++;
    if (!isDigit(text.charAt(i))) return { bad: i };
    i = skipDigits(text, i);
  }
  return i;
}

/** Index after the literal (true, false, null) that starts at `at`, or where it goes wrong. */
function skipLiteral(text: string, at: number): number | { bad: number } {
  const word = ['true', 'false', 'null'].find((w) => w.charAt(0) === text.charAt(at)) ?? '';
  for (let k = 0; k < word.length; k++) if (text.charAt(at + k) !== word.charAt(k)) return { bad: at + k };
  return at + word.length;
}

function skipValue(text: string, at: number): number | { bad: number } {
  const c = text.charAt(at);
  if (c === '"') return skipString(text, at);
  if (c === '-' || isDigit(c)) return skipNumber(text, at);
  if (c === 't' || c === 'f' || c === 'n') return skipLiteral(text, at);
  return { bad: at };
}

/**
 * The UTF-16 index at which `text` stops being JSON: the first character
 * that cannot continue it, or its length when it ends too early; -1 when
 * it is valid. For the errors V8 gives no position for. Iterative, so that
 * deep nesting cannot overflow the stack.
 */
export function locateJsonError(text: string): number {
  const open: string[] = [];
  let i = 0;
  let expect: 'value' | 'key' | 'after' = 'value';
  const skipSpace = () => {
    while (WHITE_SPACE.has(text.charAt(i))) i++;
  };
  for (;;) {
    skipSpace();
    if (i >= text.length) return expect === 'after' && open.length === 0 ? -1 : text.length;
    const c = text.charAt(i);
    if (expect === 'after') {
      const top = open.at(-1);
      if (top === undefined) return i;
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if (c === (top === '{' ? '}' : ']')) open.pop();
      else return i;
      i++;
      continue;
    }
    if (expect === 'key') {
      if (c !== '"') return i;
      const end = skipString(text, i);
      if (typeof end !== 'number') return end.bad;
      i = end;
      skipSpace();
      if (text.charAt(i) !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (c === '{' || c === '[') {
      open.push(c);
      i++;
      skipSpace();
      if (text.charAt(i) === (c === '{' ? '}' : ']')) {
        open.pop();
        i++;
        expect = 'after';
      } else expect = c === '{' ? 'key' : 'value';
      continue;
    }
    const end = skipValue(text, i);
    if (typeof end !== 'number') return end.bad;
    i = end;
    expect = 'after';
  }
}

/** 1-based column of UTF-16 index `at`, in code points. */
function columnOf(text: string, at: number): number {
  let column = 1;
  for (let i = 0; i < at; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by its low half is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < at) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    column++;
  }
  return column;
}

const V8_POSITION = /(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?$/;
/** V8 names the token (half of it, for a character beyond the BMP) and quotes the line around it. */
const V8_TOKEN = /^Unexpected token '[\s\S]+?', [\s\S]* is not valid JSON$/;
const INVISIBLE = /^[\p{Z}\p{C}]$/u;

/** The character at `at` as a user can see it: quoted, or as U+XXXX when it shows as nothing. */
function shown(text: string, at: number): string {
  const cp = text.codePointAt(at) ?? 0;
  const c = String.fromCodePoint(cp);
  return INVISIBLE.test(c) ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `'${c}'`;
}

/** V8's own words for what went wrong, as catalogue ids: the window says them in its language. */
const V8_WORDS: Readonly<Record<string, MessageId>> = {
  "Expected property name or '}'": 'readers.json.expectedKey',
  "Expected ':' after property name": 'readers.json.expectedColon',
  "Expected ',' or '}' after property value": 'readers.json.expectedCommaOrBrace',
  "Expected ',' or ']' after array element": 'readers.json.expectedCommaOrBracket',
  'Expected double-quoted property name': 'readers.json.expectedQuotedKey',
  'Unterminated string': 'readers.json.unterminatedString',
  'Bad control character in string literal': 'readers.json.controlCharacter',
  'Unexpected non-whitespace character after JSON': 'readers.json.afterJson',
  'Bad escaped character': 'readers.json.badEscape',
  'Bad Unicode escape': 'readers.json.badUnicodeEscape',
  'No number after minus sign': 'readers.json.noNumberAfterMinus',
  'Exponent part is missing a number': 'readers.json.noExponent',
  'Unterminated fractional number': 'readers.json.noFraction',
  'Unexpected end of JSON input': 'readers.json.endOfInput',
};

/** What V8 said went wrong, from the catalogue where it is known; V8's English otherwise. */
function whatWentWrong(what: string, token: string | null): MainText | string {
  if (token !== null) return say('readers.json.unexpectedToken', { token });
  const id = V8_WORDS[what];
  return id === undefined ? what : { id };
}

/** Where in `text` JSON.parse stopped (-1: not known) and what it said went wrong there. */
function wentWrong(text: string, message: string): { at: number; what: Param } {
  const position = V8_POSITION.exec(message);
  const at = position ? Number(position[1]) : locateJsonError(text);
  const said = position ? message.slice(0, position.index) : message;
  const token = V8_TOKEN.test(said) && at >= 0 && at < text.length ? shown(text, at) : null;
  return { at, what: whatWentWrong(said, token) };
}

/** The reason for a line JSON.parse refused with `message`, as data: `invalid JSON: … at column N`. */
export function jsonErrorText(text: string, message: string): MainText {
  const { at, what } = wentWrong(text, message);
  if (at < 0) return say('readers.json.invalid', { what });
  const column = columnOf(text, at);
  return at >= text.length
    ? say('readers.json.invalidAtEnd', { what, column })
    : say('readers.json.invalidAt', { what, column });
}

/**
 * What went wrong in a whole file JSON.parse refused (a Label Studio export,
 * a scheme file), as data: `… at line L, column C`, after the caller's "not JSON".
 */
export function jsonFileErrorText(text: string, message: string): Param {
  const { at, what } = wentWrong(text, message);
  if (at < 0) return what;
  if (at >= text.length) return say('readers.json.atFileEnd', { what });
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(0, start).split('\n').length;
  return say('readers.json.atLine', { what, line, column: columnOf(text.slice(start), at - start) });
}

/** The same reason in English, as the CLI prints it. */
export const describeJsonError = (text: string, message: string): string =>
  english(jsonErrorText(text, message));
