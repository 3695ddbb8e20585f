import { createHash } from 'node:crypto';

/** SHA-256 of the UTF-8 bytes of `text`, lower-case hex: what exports carry in `meta.sha256`. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The id of a document that came without one: re-importing the same text gives the same id. */
export const idFromTextSha = (textSha256: string): string => `doc-${textSha256.slice(0, 16)}`;
