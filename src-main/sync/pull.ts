/**
 * Pull: the server's documents and changes after this database's cursor,
 * in the server's order. Each batch is applied and the cursor moved in one
 * SQLite transaction, so a sync cut off anywhere resumes where it stopped.
 */
import type { Db } from '../db/connection.ts';
import { findDocumentIdByExternalId, findDocumentIdBySha, insertDocument } from '../db/documents.ts';
import { sha256Hex } from '../text/hash.ts';
import type { Server } from './connect.ts';
import { applyChange } from './apply.ts';
import { SCHEMA } from './server-schema.ts';
import { readState, writeState } from './state.ts';
import { wireChange } from './wire.ts';

const CHANGE_BATCH = 2000;
const DOCUMENT_BATCH = 200;

interface ServerDocument {
  seq: string;
  sha256: string;
  external_id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  text: string;
  meta: Record<string, unknown>;
}

/**
 * Adds the server's documents this database lacks, matched by the SHA-256
 * of their text only: a document whose text differs is another document,
 * also when it has the same external id (it then gets `~` and the start of
 * its SHA-256 added to that id here).
 */
export async function pullDocuments(
  db: Db,
  server: Server,
  name: string,
  problems: string[],
): Promise<number> {
  let added = 0;
  for (;;) {
    const after = readState(db, name).pulledDocument;
    const { rows } = await server.query<ServerDocument>(
      `SELECT seq, sha256, external_id, title, published, source, text, meta FROM ${SCHEMA}.documents
       WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [after, DOCUMENT_BATCH],
    );
    const last = rows.at(-1);
    if (!last) return added;
    db.transaction(() => {
      for (const d of rows) {
        if (sha256Hex(d.text) !== d.sha256) {
          problems.push(
            `document ${d.external_id}: its text does not have the SHA-256 the server names it by`,
          );
          continue;
        }
        if (findDocumentIdBySha(db, d.sha256)) continue;
        const taken = findDocumentIdByExternalId(db, d.external_id) !== undefined;
        insertDocument(db, {
          externalId: taken ? `${d.external_id}~${d.sha256.slice(0, 12)}` : d.external_id,
          title: d.title,
          published: d.published,
          source: d.source,
          text: d.text,
          textSha256: d.sha256,
          meta: d.meta,
          status: 'todo',
        });
        added++;
      }
      writeState(db, name, { pulledDocument: Number(last.seq) });
    })();
  }
}

export interface Pulled {
  applied: number;
  seen: number;
}

export async function pullChanges(db: Db, server: Server, name: string, problems: string[]): Promise<Pulled> {
  const total: Pulled = { applied: 0, seen: 0 };
  for (;;) {
    const after = readState(db, name).pulledSeq;
    const { rows } = await server.query<{
      seq: string;
      id: string;
      layer: string;
      document_sha256: string;
      entity: string;
      target: string;
      state: unknown;
    }>(
      `SELECT seq, id, layer, document_sha256, entity, target, state FROM ${SCHEMA}.changes
       WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [after, CHANGE_BATCH],
    );
    const last = rows.at(-1);
    if (!last) return total;
    db.transaction(() => {
      for (const row of rows) {
        const parsed = wireChange.safeParse({
          id: row.id,
          layer: row.layer,
          documentSha256: row.document_sha256,
          entity: row.entity,
          target: row.target,
          state: row.state,
        });
        if (!parsed.success) {
          problems.push(
            `change ${row.id}: not a change this version understands (${parsed.error.issues[0]?.message ?? 'invalid'})`,
          );
          continue;
        }
        const result = applyChange(db, parsed.data);
        if (result === 'applied') total.applied++;
        else if (result === 'seen') total.seen++;
        else problems.push(result.problem);
      }
      writeState(db, name, { pulledSeq: Number(last.seq) });
    })();
  }
}
