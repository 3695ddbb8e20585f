/**
 * A page of a format's output built as UTF-8 bytes in one growing buffer,
 * for the writers whose output is mostly many small pieces (a token's JSON,
 * a CoNLL line): written byte by byte, without a JavaScript string for each
 * piece, which were then joined and encoded. Strings go in as Buffer's
 * UTF-8 encodes them (a lone surrogate as U+FFFD), so the bytes are the
 * same as the strings' encoded.
 */

import type { Loss, Output, RecordBytes } from './types.ts';

/** A piece written below this many UTF-16 units is copied here; a longer one by Buffer's encoder. */
const SHORT = 24;

export class Utf8Builder {
  private buffer: Buffer;
  /** Bytes written so far: the output is the buffer's first `length` bytes. */
  length = 0;

  constructor(capacity = 1 << 16) {
    this.buffer = Buffer.allocUnsafeSlow(capacity);
  }

  /** Starts again at no bytes, keeping the memory. */
  reset(): void {
    this.length = 0;
  }

  /** The bytes written, as a view of the buffer: valid until the next write or reset. */
  view(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  /** Bytes `from` to `to` as a string (what a format's record() returns). */
  text(from = 0, to = this.length): string {
    return this.buffer.toString('utf8', from, to);
  }

  /** One byte (an ASCII character's code). */
  byte(b: number): void {
    this.room(1);
    this.buffer[this.length++] = b;
  }

  /** Bytes already encoded (a constant piece of the format). */
  bytes(bytes: Uint8Array): void {
    const n = bytes.length;
    this.room(n);
    const { buffer } = this;
    let at = this.length;
    if (n < SHORT) for (let i = 0; i < n; i++) buffer[at++] = bytes[i] ?? 0;
    else {
      buffer.set(bytes, at);
      at += n;
    }
    this.length = at;
  }

  /** `s` as UTF-8. */
  string(s: string): void {
    this.slice(s, 0, s.length);
  }

  /** `s.slice(from, to)` as UTF-8, without the slice. */
  slice(s: string, from: number, to: number): void {
    // Three bytes at most per UTF-16 unit (a pair of units is four).
    this.room(3 * (to - from));
    const { buffer } = this;
    let at = this.length;
    let i = from;
    if (to - from < SHORT) {
      for (; i < to; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buffer[at++] = c;
      }
    }
    // From the first unit that is not ASCII: it starts a character, so no pair is cut.
    if (i < to) at += buffer.write(i === 0 && to === s.length ? s : s.slice(i, to), at, 'utf8');
    this.length = at;
  }

  /**
   * Room for `n` more bytes: the buffer to put them in from `length` on, for
   * a writer that puts many small pieces itself (and then sets `length`).
   * Valid until the next write or reserve.
   */
  reserve(n: number): Buffer {
    this.room(n);
    return this.buffer;
  }

  /** A non-negative integer's decimal digits (any other number as String() writes it). */
  int(n: number): void {
    if (!(n >= 0 && n <= 0x7fffffff && Number.isInteger(n))) {
      this.string(String(n));
      return;
    }
    const digits = n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : 10;
    if (digits === 10) {
      this.string(String(n));
      return;
    }
    this.room(digits);
    const { buffer } = this;
    let at = this.length + digits;
    this.length = at;
    // Integer division by 10 in 32 bits: n is below 2^31.
    let v = n | 0;
    do {
      const q = (v / 10) | 0;
      buffer[--at] = 0x30 + v - q * 10;
      v = q;
    } while (v > 0);
  }

  private room(n: number): void {
    const needed = this.length + n;
    if (needed <= this.buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

/** A constant piece of a format, encoded once. */
export const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

/**
 * A writer's record() from its byte writer (FormatWriter.recordInto): the
 * outputs it writes, decoded. One way to write a record, whichever the
 * caller wants.
 */
export function recordAsText(into: (out: Utf8Builder) => RecordBytes): {
  outputs: Output[];
  losses: Loss[];
} {
  const out = new Utf8Builder(1 << 12);
  const { files, losses } = into(out);
  let at = 0;
  const outputs = files.map(({ path, length }) => {
    const text = out.text(at, at + length);
    at += length;
    return { path, text };
  });
  return { outputs, losses };
}
