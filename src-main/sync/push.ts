/**
 * Push: this database's documents and own changes go to the server in
 * batches, each batch one server transaction followed by the cursor moving
 * here. A sync cut off between the two sends that batch again, and the
 * server keeps the first copy of each change id: nothing lost, nothing
 * doubled.
 */
import type { DocumentRow as StoredDocumentRow } from '../db/documents.ts';
import type { Db } from '../db/connection.ts';
import { statement } from '../db/statements.ts';
import { inTransaction, type Server } from './connect.ts';
import { readOutgoing, type Writable } from './outgoing.ts';
import { SCHEMA } from './server-schema.ts';
import { readState, writeState } from './state.ts';

const CHANGE_BATCH = 2000;
const DOCUMENT_BATCH = 200;

/** The columns of a documents row that travel to the server. */
type DocumentRow = Omit<StoredDocumentRow, 'status' | 'note' | 'flag'>;

/** Sends the documents added here since the last push; returns how many the server did not have. */
export async function pushDocuments(db: Db, server: Server, name: string): Promise<number> {
  let added = 0;
  for (;;) {
    const after = readState(db, name).pushedDocument;
    const rows = statement(
      db,
      'SELECT id, external_id, title, published, source, text, text_sha256, meta FROM documents WHERE id > ? ORDER BY id LIMIT ?',
    ).all(after, DOCUMENT_BATCH) as DocumentRow[];
    const last = rows.at(-1);
    if (!last) return added;
    const result = await server.query(
      `INSERT INTO ${SCHEMA}.documents (sha256, external_id, title, published, source, text, meta)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[])
       ON CONFLICT (sha256) DO NOTHING`,
      [
        rows.map((r) => r.text_sha256),
        rows.map((r) => r.external_id),
        rows.map((r) => r.title),
        rows.map((r) => r.published),
        rows.map((r) => r.source),
        rows.map((r) => r.text),
        rows.map((r) => r.meta),
      ],
    );
    added += result.rowCount ?? 0;
    writeState(db, name, { pushedDocument: last.id });
  }
}

export interface Pushed {
  pushed: number;
  notYours: number;
  unattributed: number;
  unattributedStatus: number;
}

export async function pushChanges(db: Db, server: Server, name: string, writable: Writable): Promise<Pushed> {
  const total: Pushed = { pushed: 0, notYours: 0, unattributed: 0, unattributedStatus: 0 };
  for (;;) {
    const state = readState(db, name);
    const cursor = { history: state.pushedHistory, status: state.pushedStatus };
    const batch = readOutgoing(db, cursor, writable, CHANGE_BATCH);
    if (batch.next.history === cursor.history && batch.next.status === cursor.status) return total;
    const changes = batch.changes;
    if (changes.length > 0) {
      const result = await inTransaction(server, () =>
        server.query(
          `INSERT INTO ${SCHEMA}.changes (id, layer, document_sha256, entity, target, state)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[])
           ON CONFLICT (id) DO NOTHING`,
          [
            changes.map((c) => c.id),
            changes.map((c) => c.layer),
            changes.map((c) => c.documentSha256),
            changes.map((c) => c.entity),
            changes.map((c) => c.target),
            changes.map((c) => (c.state === null ? null : JSON.stringify(c.state))),
          ],
        ),
      );
      total.pushed += result.rowCount ?? 0;
    }
    total.notYours += batch.notYours;
    total.unattributed += batch.unattributed;
    total.unattributedStatus += batch.unattributedStatus;
    writeState(db, name, { pushedHistory: batch.next.history, pushedStatus: batch.next.status });
  }
}
