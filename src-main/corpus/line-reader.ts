import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type Line =
  | { kind: 'line'; line: number; text: string }
  | { kind: 'too-long'; line: number; bytes: number }
  | { kind: 'bad-utf8'; line: number };

export interface LineReader {
  /** Bytes consumed so far and the file's size, for progress. */
  readonly bytesRead: number;
  readonly size: number;
  lines(): Generator<Line>;
}

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/**
 * Reads a file line by line, synchronously and in fixed-size chunks, so a file
 * of any size is streamed and never held whole. Lines are split on raw `\n`
 * bytes (which never occur inside a multi-byte UTF-8 sequence) and decoded
 * strictly: invalid UTF-8 is reported, not replaced. A line over `maxLineBytes`
 * is reported and skipped without being kept in memory.
 */
export function openLineReader(path: string, maxLineBytes: number): LineReader {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const state = { bytesRead: 0 };

  function* lines(): Generator<Line> {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let parts: Buffer[] = [];
    let partBytes = 0;
    let overflow = false;
    let lineNo = 1;
    const finish = (): Line => {
      const line = lineNo++;
      const bytes = partBytes;
      const wasOverflow = overflow;
      const joined = wasOverflow ? null : Buffer.concat(parts, partBytes);
      parts = [];
      partBytes = 0;
      overflow = false;
      if (wasOverflow || joined === null) return { kind: 'too-long', line, bytes };
      try {
        return { kind: 'line', line, text: decoder.decode(joined) };
      } catch {
        return { kind: 'bad-utf8', line };
      }
    };
    const add = (piece: Buffer) => {
      partBytes += piece.length;
      if (overflow) return;
      if (partBytes > maxLineBytes) {
        overflow = true;
        parts = [];
        return;
      }
      // Copy: the read buffer is reused for the next chunk.
      parts.push(Buffer.from(piece));
    };
    try {
      for (;;) {
        const n = readSync(fd, buffer, 0, CHUNK, null);
        if (n === 0) break;
        state.bytesRead += n;
        let start = 0;
        for (;;) {
          const nl = buffer.indexOf(NEWLINE, start);
          if (nl === -1 || nl >= n) break;
          add(buffer.subarray(start, nl));
          yield finish();
          start = nl + 1;
        }
        if (start < n) add(buffer.subarray(start, n));
      }
      if (partBytes > 0 || overflow) yield finish();
    } finally {
      closeSync(fd);
    }
  }

  return {
    get bytesRead() {
      return state.bytesRead;
    },
    size,
    lines,
  };
}
