/**
 * The changes of this database not yet pushed: rows of both logs made here
 * (change ids with this database's client id), after the cursor, turned
 * into wire changes. A row of a layer the connected role may not write,
 * or of no layer (unattributed spans), is passed over and counted.
 */
import type { Db } from '../db/connection.ts';
import type { AnnotationState } from '../db/history.ts';
import type { Relation } from '../db/model.ts';
import { statement } from '../db/statements.ts';
import { clientId, keyOf } from './keys.ts';
import type { AnnotationWire, RelationWire, WireChange } from './wire.ts';

/** The layers the connected role may write; `all` for the server's owner. */
export type Writable = ReadonlySet<string> | 'all';

export interface Cursor {
  history: number;
  status: number;
}

export interface Outgoing {
  changes: WireChange[];
  /** Where the next read starts: past every row read, pushed or passed over. */
  next: Cursor;
  /** Rows passed over, by the reason: a layer the login may not write, spans and relations of no layer, status of no layer. */
  notYours: number;
  unattributed: number;
  unattributedStatus: number;
}

interface HistoryRow {
  id: number;
  entity: 'annotation' | 'relation';
  annotation_id: number;
  before: string | null;
  after: string | null;
  change_id: string;
  sha: string;
}

interface StatusRow {
  id: number;
  after: 'todo' | 'in_progress' | 'done';
  layer: string | null;
  change_id: string;
  sha: string;
}

/** Reads up to `limit` rows of each log after `cursor`. */
export function readOutgoing(db: Db, cursor: Cursor, writable: Writable, limit: number): Outgoing {
  const own = `${clientId(db)}-*`;
  const history = statement(
    db,
    `SELECT h.id, h.entity, h.annotation_id, h.before, h.after, h.change_id, d.text_sha256 AS sha
     FROM annotation_history h JOIN documents d ON d.id = h.document_id
     WHERE h.id > ? AND h.change_id GLOB ? ORDER BY h.id LIMIT ?`,
  ).all(cursor.history, own, limit) as HistoryRow[];
  const statuses = statement(
    db,
    `SELECT s.id, s.after, s.layer, s.change_id, d.text_sha256 AS sha
     FROM status_history s JOIN documents d ON d.id = s.document_id
     WHERE s.id > ? AND s.change_id GLOB ? ORDER BY s.id LIMIT ?`,
  ).all(cursor.status, own, limit) as StatusRow[];
  const labels = names(db, 'labels');
  const roles = names(db, 'roles');
  const out: Outgoing = {
    changes: [],
    next: {
      history: history.at(-1)?.id ?? cursor.history,
      status: statuses.at(-1)?.id ?? cursor.status,
    },
    notYours: 0,
    unattributed: 0,
    unattributedStatus: 0,
  };
  const take = (layer: string | null, change: () => WireChange): void => {
    if (layer === null) out.unattributed++;
    else if (writable !== 'all' && !writable.has(layer)) out.notYours++;
    else out.changes.push(change());
  };
  const relationWire = (r: Relation): RelationWire => ({
    key: keyOf(db, 'relation', r.id),
    role: roles.get(r.roleId) ?? `#${r.roleId}`,
    head: keyOf(db, 'annotation', r.headId),
    child: keyOf(db, 'annotation', r.childId),
  });
  for (const row of history) {
    const common = { id: row.change_id, documentSha256: row.sha };
    if (row.entity === 'annotation') {
      const after = parse<AnnotationState>(row.after);
      const either = after ?? parse<AnnotationState>(row.before);
      const layer = either?.annotator ?? null;
      take(layer, () => ({
        ...common,
        layer: layer ?? '',
        entity: 'annotation',
        target: keyOf(db, 'annotation', row.annotation_id),
        state: after ? annotationWire(after, labels, relationWire) : null,
      }));
    } else {
      const after = parse<Relation>(row.after);
      const either = after ?? parse<Relation>(row.before);
      if (!either) continue;
      const layer = layerOf(db, either.headId);
      take(layer, () => ({
        ...common,
        layer: layer ?? '',
        entity: 'relation',
        target: keyOf(db, 'relation', either.id),
        state: after ? relationWire(after) : null,
      }));
    }
  }
  for (const row of statuses) {
    const layer = row.layer;
    if (layer === null) out.unattributedStatus++;
    else
      take(layer, () => ({
        id: row.change_id,
        documentSha256: row.sha,
        layer,
        entity: 'status',
        target: layer,
        state: { status: row.after },
      }));
  }
  return out;
}

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

function names(db: Db, table: 'labels' | 'roles'): Map<number, string> {
  const rows = statement(db, `SELECT id, name FROM ${table}`).all() as { id: number; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

function annotationWire(
  a: AnnotationState,
  labels: ReadonlyMap<number, string>,
  relation: (r: Relation) => RelationWire,
): AnnotationWire {
  return {
    uid: a.uid,
    label: labels.get(a.labelId) ?? `#${a.labelId}`,
    start: a.start,
    end: a.end,
    attributes: a.attributes,
    fragments: a.fragments ?? null,
    origin: a.origin ?? null,
    note: a.note ?? null,
    flag: a.flag ?? null,
    ...(a.relations?.length ? { relations: a.relations.map(relation) } : {}),
  };
}

/** The layer of an annotation, also of one deleted since (its last logged state says). */
function layerOf(db: Db, annotationId: number): string | null {
  const row = statement(
    db,
    `SELECT annotator FROM annotations WHERE id = ?
     UNION ALL
     SELECT * FROM (SELECT json_extract(coalesce(after, before), '$.annotator') FROM annotation_history
                    WHERE entity = 'annotation' AND annotation_id = ? ORDER BY id DESC LIMIT 1)
     LIMIT 1`,
  )
    .pluck()
    .get(annotationId, annotationId) as string | null | undefined;
  return row ?? null;
}
