/**
 * Prodigy's `tokens` array written straight into the page's bytes, as
 * JSON.stringify writes it: `{"text":…,"start":…,"end":…,"id":…,"ws":…}`,
 * comma-separated. A document has hundreds of tokens and the export writes
 * millions: room for them all is made once, and each token's bytes are put
 * in one loop, not one builder call (and bounds check) per piece.
 */
import { isSpaceCode } from '../../text/tokens.ts';
import type { TokenOffsets } from '../../text/token-offsets.ts';
import type { Utf8Builder } from '../utf8-builder.ts';

const bytesOf = (s: string): number[] => [...Buffer.from(s, 'utf8')];
const TOKEN = bytesOf('{"text":"');
const NEXT_TOKEN = bytesOf(',{"text":"');
const START = bytesOf('","start":');
/** After a token's text that JSON.stringify wrote whole, quotes included. */
const START_UNQUOTED = bytesOf(',"start":');
const END = bytesOf(',"end":');
const ID = bytesOf(',"id":');
const WS = bytesOf(',"ws":true}');
const NO_WS = bytesOf(',"ws":false}');
/** Bytes of a token's JSON besides its text: the pieces above and three numbers of at most 10 digits. */
const TOKEN_BYTES = NEXT_TOKEN.length + START.length + END.length + ID.length + NO_WS.length + 30;
/** An integer this writer puts as digits; any other goes through String() (never an offset in practice). */
const MAX_INT = 0x7fffffff;

/** Puts `piece` at `at` of `buf`; returns where it ends. */
function put(buf: Buffer, at: number, piece: readonly number[]): number {
  for (let i = 0; i < piece.length; i++) buf[at++] = piece[i] ?? 0;
  return at;
}

/** Puts the decimal digits of `n`, an integer from 0 to MAX_INT, at `at` of `buf`; returns where they end. */
function putInt(buf: Buffer, at: number, n: number): number {
  let digits = 1;
  for (let v = n; v >= 10; v = (v / 10) | 0) digits++;
  const end = at + digits;
  let w = end;
  let v = n | 0;
  do {
    const q = (v / 10) | 0;
    buf[--w] = 0x30 + v - q * 10;
    v = q;
  } while (v > 0);
  return end;
}

const isDigitsInt = (n: number): boolean => n >= 0 && n <= MAX_INT && Number.isInteger(n);

/**
 * Writes `tokens` of `text` as the elements of Prodigy's `tokens` array into
 * `out`; `cp` turns a UTF-16 offset into a code point offset, null when the
 * two agree (a text without characters outside the BMP).
 */
export function writeTokens(
  out: Utf8Builder,
  text: string,
  { starts, ends, count }: TokenOffsets,
  cp: ((unit: number) => number) | null,
): void {
  // UTF-8 takes at most 3 bytes per UTF-16 unit; a token that needs escapes goes through out.string.
  const room = (from: number) => (count - from) * TOKEN_BYTES + 3 * text.length;
  let buf = out.reserve(room(0));
  let at = out.length;
  for (let id = 0; id < count; id++) {
    const start = starts[id] ?? 0;
    const end = ends[id] ?? 0;
    at = put(buf, at, id > 0 ? NEXT_TOKEN : TOKEN);
    const from = at;
    let plain = true;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        // Quotes, backslashes and control characters are escaped: JSON.stringify decides.
        if (c < 0x20 || c === 0x22 || c === 0x5c) {
          plain = false;
          break;
        }
        buf[at++] = c;
      } else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6);
        buf[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        // A pair, or a lone surrogate JSON.stringify escapes: left to it and Buffer's encoder.
        plain = false;
        break;
      } else {
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 0x3f);
        buf[at++] = 0x80 | (c & 0x3f);
      }
    }
    if (plain) at = put(buf, at, START);
    else {
      // Back to the opening quote, which JSON.stringify writes itself.
      out.length = from - 1;
      out.string(JSON.stringify(text.slice(start, end)));
      buf = out.reserve(room(id));
      at = put(buf, out.length, START_UNQUOTED);
    }
    const first = cp === null ? start : cp(start);
    const last = cp === null ? end : cp(end);
    if (isDigitsInt(first) && isDigitsInt(last)) {
      at = putInt(buf, at, first);
      at = put(buf, at, END);
      at = putInt(buf, at, last);
    } else {
      // Numbers String() writes otherwise (never an offset in practice), through out.string.
      out.length = at;
      out.string(`${String(first)},"end":${String(last)}`);
      buf = out.reserve(room(id));
      at = out.length;
    }
    at = put(buf, at, ID);
    at = putInt(buf, at, id);
    at = put(buf, at, isSpaceCode(text.charCodeAt(end)) ? WS : NO_WS);
  }
  out.length = at;
}
