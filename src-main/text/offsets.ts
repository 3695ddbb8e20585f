/**
 * Conversions between the two offset units the app speaks:
 * UTF-16 code units (JavaScript strings, the DOM, the database) and Unicode
 * code points (Python's `str` indexing, used in every export and import).
 */

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** True when the text has no characters outside the BMP, so both units agree. */
function isBmpOnly(text: string): boolean {
  return !/[\ud800-\udfff]/.test(text);
}

/**
 * Maps offsets of one text in both directions. Built once per document; a text
 * without astral characters (the usual Dutch article) needs no table at all.
 */
export class OffsetMap {
  readonly utf16Length: number;
  readonly codePointLength: number;
  /** Code-unit offset of every code point; absent when the two units agree. */
  private readonly unitAt: Uint32Array | null;

  constructor(text: string) {
    this.utf16Length = text.length;
    if (isBmpOnly(text)) {
      this.unitAt = null;
      this.codePointLength = text.length;
      return;
    }
    const units: number[] = [];
    for (let i = 0; i < text.length; i++) {
      units.push(i);
      if (
        isHighSurrogate(text.charCodeAt(i)) &&
        i + 1 < text.length &&
        isLowSurrogate(text.charCodeAt(i + 1))
      )
        i++;
    }
    units.push(text.length);
    this.unitAt = Uint32Array.from(units);
    this.codePointLength = units.length - 1;
  }

  /** Code point offset → UTF-16 offset; `undefined` when out of range. */
  toUtf16(codePoint: number): number | undefined {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.codePointLength) return undefined;
    return this.unitAt === null ? codePoint : this.unitAt[codePoint];
  }

  /** UTF-16 offset → code point offset; `undefined` when out of range or inside a surrogate pair. */
  toCodePoint(unit: number): number | undefined {
    if (!Number.isInteger(unit) || unit < 0 || unit > this.utf16Length) return undefined;
    const table = this.unitAt;
    if (table === null) return unit;
    let lo = 0;
    let hi = table.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = table[mid] ?? 0;
      if (v === unit) return mid;
      if (v < unit) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}
