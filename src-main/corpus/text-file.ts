import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { sha256Hex } from '../text/hash.ts';
import { foreignEncodingReason, SNIFF_BYTES } from './encoding.ts';
import { dateProblem } from '../text/date.ts';
import type { DocumentDraft } from './record.ts';
import { EmptyFileError, idProblem, RecordError } from './record-common.ts';
import { say } from '../text/messages/say.ts';

/** A `.txt` file is one article; larger than this is not an article. */
export const MAX_TEXT_FILE_BYTES = 16 * 1024 * 1024;

/**
 * The sample articles start with ` date YYYY-MM ` before the body. A first
 * word `date` followed by something that starts with a digit is taken for
 * such a header, and its date must be valid.
 */
const DATE_HEADER = /^\s*date\s+(\d\S*)(?:\s+|$)/;

function readWhole(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_TEXT_FILE_BYTES) {
      throw new RecordError(say('records.file.tooBig', { size, max: MAX_TEXT_FILE_BYTES }));
    }
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads one plain-text article. What changes, and only this: a UTF-8 byte
 * order mark is dropped, CRLF and CR become LF, a leading ` date YYYY-MM `
 * header (or YYYY, or YYYY-MM-DD) moves to the published date, and trailing
 * white space at the end of the file goes. No Unicode normalization. A file
 * with no text is an EmptyFileError, reported as a skipped file.
 */
export function readTextFile(path: string): DocumentDraft {
  const bytes = readWhole(path);
  if (bytes.length === 0) throw new EmptyFileError(say('records.skipped.emptyText'));
  const foreign = foreignEncodingReason(bytes.subarray(0, SNIFF_BYTES), path);
  if (foreign !== null) throw new RecordError(foreign);
  if (bytes.includes(0)) throw new RecordError(say('records.file.nulBytes'));
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RecordError(say('records.file.notUtf8'));
  }
  let text = raw.replace(/\r\n?/g, '\n');
  let published: string | null = null;
  const header = DATE_HEADER.exec(text);
  if (header) {
    published = header[1] ?? '';
    const badDate = dateProblem(published);
    if (badDate !== null) throw new RecordError(say('records.file.dateHeader', { problem: badDate }));
    text = text.slice(header[0].length);
  }
  text = text.trimEnd();
  if (text === '')
    throw new EmptyFileError(
      header ? say('records.skipped.noTextAfterDate') : say('records.skipped.whiteSpaceOnly'),
    );
  const externalId = basename(path, extname(path));
  const badId = idProblem(externalId);
  if (badId !== null)
    throw new RecordError(say('records.file.idFromName', { id: JSON.stringify(externalId), problem: badId }));
  return {
    externalId,
    title: null,
    published,
    source: basename(path),
    status: 'todo',
    note: null,
    flag: null,
    text,
    textSha256: sha256Hex(text),
    extraMeta: {},
    spans: [],
    relations: [],
  };
}
