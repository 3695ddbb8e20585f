import type { NewDocument } from '../../src-main/db/documents.ts';
import { sha256Hex } from '../../src-main/text/hash.ts';

/** A document record as an import would store it: `text` with its hash, nothing else set unless given. */
export function documentRecord(
  externalId: string,
  text: string,
  rest: Partial<NewDocument> = {},
): NewDocument {
  return {
    externalId,
    title: null,
    published: null,
    source: null,
    text,
    textSha256: sha256Hex(text),
    meta: {},
    status: 'todo',
    ...rest,
  };
}
