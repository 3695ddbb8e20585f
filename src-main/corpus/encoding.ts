/**
 * Recognizing, from its first bytes, a text file in an encoding import does
 * not read (UTF-16 or UTF-32), so that the file is refused once, saying what
 * it is and how to convert it, instead of line by line as invalid UTF-8 or
 * JSON.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { type MainText, say } from '../text/messages/say.ts';

/** Bytes looked at: enough for a line or two, whatever the file's size. */
export const SNIFF_BYTES = 4096;

interface Foreign {
  /** As iconv names it: what to convert from. */
  iconv: string;
  description: MainText;
}

function startsWith(head: Buffer, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}

/**
 * UTF-16 without a byte order mark: ASCII (all of JSON's syntax, most of
 * Dutch text) has a NUL in every other byte, the high one of each pair. A
 * UTF-8 file has a NUL only by accident, and a binary file has them in both
 * places.
 */
function utf16ByNuls(head: Buffer): Foreign | null {
  let low = 0;
  let high = 0;
  const pairs = Math.floor(head.length / 2);
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] !== 0 && head[i + 1] === 0) low++;
    else if (head[i] === 0 && head[i + 1] !== 0) high++;
  }
  if (pairs < 2) return null;
  if (low >= pairs / 2 && high * 4 < low)
    return { iconv: 'UTF-16LE', description: say('readers.encoding.utf16le') };
  if (high >= pairs / 2 && low * 4 < high)
    return { iconv: 'UTF-16BE', description: say('readers.encoding.utf16be') };
  return null;
}

function recognize(head: Buffer): Foreign | null {
  // UTF-32's marks first: little-endian UTF-32's begins with UTF-16's.
  if (startsWith(head, [0xff, 0xfe, 0, 0]))
    return { iconv: 'UTF-32', description: say('readers.encoding.utf32le') };
  if (startsWith(head, [0, 0, 0xfe, 0xff]))
    return { iconv: 'UTF-32', description: say('readers.encoding.utf32be') };
  // With a byte order mark, iconv's plain "UTF-16" reads it and drops it.
  if (startsWith(head, [0xff, 0xfe]))
    return { iconv: 'UTF-16', description: say('readers.encoding.utf16le') };
  if (startsWith(head, [0xfe, 0xff]))
    return { iconv: 'UTF-16', description: say('readers.encoding.utf16be') };
  return utf16ByNuls(head);
}

/** Why a file that starts with `head` cannot be read as UTF-8, or null when nothing says so. */
export function foreignEncodingReason(head: Buffer, path: string): MainText | null {
  const foreign = recognize(head);
  if (!foreign) return null;
  const ext = extname(path) || '.txt';
  return say('readers.encoding.foreign', { encoding: foreign.description, iconv: foreign.iconv, ext });
}

/** The first SNIFF_BYTES bytes of a file (fewer if it is shorter). */
export function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    return head.subarray(0, readSync(fd, head, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}
