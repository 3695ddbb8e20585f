/**
 * A file name for a document id, for export formats that write a file per
 * document. Ids may hold anything but control characters and line breaks
 * ("/", "..", "CON", "Ärger"), so an id is never used as a path as it is.
 *
 * Lower-case ASCII letters, digits, "-" and "_" stay as they are, "." too
 * where it cannot make a hidden file or a trailing dot; everything else is
 * percent-encoded as UTF-8 bytes with upper-case hex. So two different ids
 * never share a name, not even on a file system that ignores case (Windows,
 * macOS) or normalizes Unicode (macOS): every letter that has a case
 * partner, and every non-ASCII character, is written as bytes. A name
 * longer than MAX_FILE_NAME ends in a hash of the id instead.
 */
import { sha256Hex } from './hash.ts';

/** Characters (all ASCII, so also bytes), leaving room for an extension within the usual 255. */
export const MAX_FILE_NAME = 200;

const KEPT = /^[a-z0-9_-]$/;
/** Names Windows gives to devices, with any extension: "con", "nul.txt", "com1.tar.gz". */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/;
const HASH_MARK = '~';
const HASH_HEX = 32;

function percent(c: string): string {
  return [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

function encode(id: string): string {
  const chars = [...id];
  const last = chars.length - 1;
  const encoded = chars.map((c, i) => {
    if (KEPT.test(c)) return c;
    if (c === '.' && i !== 0 && i !== last) return c;
    return percent(c);
  });
  const name = encoded.join('');
  // "con" → "%63on": the first letter written as a byte, which Windows reads as a different name.
  return WINDOWS_DEVICE.test(name) ? `${percent(name.charAt(0))}${name.slice(1)}` : name;
}

/** A safe, unique file name (without extension) for document id `id`. */
export function idToFileName(id: string): string {
  // Neither comes out of the database: import refuses both (corpus/record.ts).
  if (id === '' || !id.isWellFormed()) throw new Error(`not a document id: ${JSON.stringify(id)}`);
  const name = encode(id);
  if (name.length <= MAX_FILE_NAME) return name;
  let keep = MAX_FILE_NAME - HASH_MARK.length - HASH_HEX;
  // Never cut an escape in half: a name stays readable up to its hash.
  const escape = name.lastIndexOf('%', keep - 1);
  if (escape !== -1 && escape > keep - 3) keep = escape;
  return `${name.slice(0, keep)}${HASH_MARK}${sha256Hex(id).slice(0, HASH_HEX)}`;
}

/** The id a name from idToFileName stands for; null for a shortened one (with a hash), or one it never makes. */
export function fileNameToId(name: string): string | null {
  if (name.includes(HASH_MARK) || !/^(?:[a-z0-9_.-]|%[0-9A-F]{2})*$/.test(name)) return null;
  try {
    return decodeURIComponent(name);
  } catch {
    return null;
  }
}
