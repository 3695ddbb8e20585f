/**
 * Pull: the server's documents and changes after this database's cursor,
 * in the server's order. Each batch is applied and the cursor moved in one
 * SQLite transaction, so a sync cut off anywhere resumes where it stopped.
 */
import type { Db } from '../db/connection.ts';
import { findDocumentIdByExternalId, findDocumentIdBySha, insertDocument } from '../db/documents.ts';
import { sha256Hex } from '../text/hash.ts';
import type { Server } from './connect.ts';
import { applyPage } from './apply-page.ts';
import { SCHEMA } from './server-schema.ts';
import { readState, writeState } from './state.ts';
import { hasUnapplied, keepUnapplied, readUnapplied, settle, type PulledRow } from './unapplied.ts';
import { wireChange, type WireChange } from './wire.ts';

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

interface ServerChange {
  seq: string;
  id: string;
  layer: string;
  document_sha256: string;
  entity: string;
  target: string;
  state: unknown;
}

const fetchPage = async (server: Server, after: number, upTo: number): Promise<PulledRow[]> =>
  (
    await server.query<ServerChange>(
      `SELECT seq, id, layer, document_sha256, entity, target, state FROM ${SCHEMA}.changes
       WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3`,
      [after, upTo, CHANGE_BATCH],
    )
  ).rows.map((r) => ({
    seq: Number(r.seq),
    id: r.id,
    layer: r.layer,
    documentSha256: r.document_sha256,
    entity: r.entity,
    target: r.target,
    state: r.state,
  }));

/**
 * The server's changes after this database's cursor, up to the last one
 * there when the pull began (what others push meanwhile waits for the next
 * sync, or a busy team would keep a pull going), a page at a time: the
 * next page is asked for while this one is applied. Sequence numbers
 * become visible in order (server-schema.ts), so none below the last is
 * missed.
 */
export async function pullChanges(db: Db, server: Server, name: string, problems: string[]): Promise<Pulled> {
  const total: Pulled = { applied: 0, seen: 0 };
  const { rows: top } = await server.query<{ seq: string }>(
    `SELECT coalesce(max(seq), 0) AS seq FROM ${SCHEMA}.changes`,
  );
  const upTo = Number(top[0]?.seq ?? 0);
  let next = fetchPage(server, readState(db, name).pulledSeq, upTo);
  for (;;) {
    const rows = await next;
    const last = rows.at(-1);
    if (!last) return total;
    next = fetchPage(server, last.seq, upTo);
    // Awaited on the next turn; a failure meanwhile must not go unhandled.
    next.catch(() => undefined);
    db.transaction(() => {
      applyRows(db, name, rows, problems, total);
      writeState(db, name, { pulledSeq: last.seq });
    })();
  }
}

/**
 * Tries again the changes earlier syncs could not apply, oldest first;
 * returns how many went in now. Those still failing stay, listed again.
 */
export function retryUnapplied(db: Db, name: string, problems: string[]): number {
  const rows = readUnapplied(db, name);
  if (rows.length === 0) return 0;
  const total: Pulled = { applied: 0, seen: 0 };
  db.transaction(() => applyRows(db, name, rows, problems, total))();
  return total.applied + total.seen;
}

/** Applies pulled rows in order; one that fails is kept for the next sync and named in `problems`. */
function applyRows(
  db: Db,
  name: string,
  rows: readonly PulledRow[],
  problems: string[],
  total: Pulled,
): void {
  let kept = hasUnapplied(db, name);
  const keep = (row: PulledRow, problem: string): void => {
    problems.push(problem);
    keepUnapplied(db, name, row, problem);
    kept = true;
  };
  const checked: { row: PulledRow; change: WireChange }[] = [];
  for (const row of rows) {
    const parsed = wireChange.safeParse(row);
    if (parsed.success) checked.push({ row, change: parsed.data });
    else
      keep(
        row,
        `change ${row.id}: not a change this version understands (${parsed.error.issues[0]?.message ?? 'invalid'})`,
      );
  }
  const results = applyPage(
    db,
    checked.map((c) => c.change),
  );
  results.forEach((result, i) => {
    const row = checked[i]?.row;
    if (!row) return;
    if (typeof result === 'object') return keep(row, result.problem);
    if (result === 'applied') total.applied++;
    else total.seen++;
    if (kept) settle(db, name, row);
  });
}
