/** What the parts of a record's validation share: the error they throw and the checks of ids and text. */

import { english, type MainText, say } from '../text/messages/say.ts';

/** Thrown for one bad record; the importer reports it as `file:line: reason`, with the reason as data too. */
export class RecordError extends Error {
  readonly text: MainText | undefined;
  constructor(reason: string | MainText) {
    super(typeof reason === 'string' ? reason : english(reason));
    this.text = typeof reason === 'string' ? undefined : reason;
  }
}

/** Thrown for a file that holds no document at all: a skipped file, not a bad record. */
export class EmptyFileError extends Error {
  readonly text: MainText;
  constructor(text: MainText) {
    super(english(text));
    this.text = text;
  }
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Index of the first UTF-16 surrogate without its partner, or -1. */
export function findLoneSurrogate(text: string): number {
  // The native check is ~50× faster than the regex, and nearly every text passes it.
  if (text.isWellFormed()) return -1;
  const match = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
  return match ? match.index : -1;
}

export const describeLoneSurrogate = (s: string, at: number): MainText =>
  say('records.loneSurrogate', { unit: s.charCodeAt(at).toString(16), at });

/**
 * Ids end up in file names (other export formats, the user's own scripts)
 * and in line-based tools: control characters and line breaks are refused.
 * Anything else ("/", "..") is kept; whoever makes a path of an id escapes
 * it (text/file-name.ts).
 */
const UNSAFE_IN_ID = /[\p{Cc}\p{Zl}\p{Zp}]/u;

/** Why `id` cannot be a document or span id (for a message that names the id first), or null. */
export function idProblem(id: string): MainText | null {
  const lone = findLoneSurrogate(id);
  if (lone !== -1) return say('records.idHas', { problem: describeLoneSurrogate(id, lone) });
  const bad = UNSAFE_IN_ID.exec(id);
  if (!bad) return null;
  const char = bad[0];
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const at = [...id.slice(0, bad.index)].length + 1;
  return /\p{Cc}/u.test(char)
    ? say('records.idControl', { char: code, at })
    : say('records.idLineBreak', { char: code, at });
}
