/**
 * Applying a page of pulled changes at once, inside the caller's
 * transaction. Which changes were seen before and which documents they
 * name are read with one query each; runs of new annotations (the bulk of
 * any team's work) are inserted, keyed, logged and counted with one
 * statement each. Should anything in the page fail, the page is rolled
 * back and applied again one change at a time (apply.ts), so the failing
 * change is told apart and the others still go in.
 */
import type { Db } from '../db/connection.ts';
import { attributesJson } from '../db/annotation-rows.ts';
import { adjustDocumentCount, adjustLabelCount } from '../db/counts.ts';
import { ANNOTATION_STATE_SQL } from '../db/migrations/008-sync.ts';
import { largestGeneratedNumber, generatedNumber, generatedUid } from '../db/span-uid.ts';
import { statement } from '../db/statements.ts';
import { applyChange, applyTo, idByName, noDocument, type Applied } from './apply.ts';
import { localIdOf } from './keys.ts';
import type { AnnotationWire, WireChange } from './wire.ts';

/** Applies `changes` in order; one result per change. */
export function applyPage(db: Db, changes: readonly WireChange[]): Applied[] {
  const seen = seenIds(
    db,
    changes.map((c) => c.id),
  );
  const documents = documentIds(db, [...new Set(changes.map((c) => c.documentSha256))]);
  db.exec('SAVEPOINT sync_page');
  try {
    const results = applyAll(db, changes, seen, documents);
    db.exec('RELEASE sync_page');
    return results;
  } catch {
    db.exec('ROLLBACK TO sync_page');
    db.exec('RELEASE sync_page');
    return changes.map((c) => (seen.has(c.id) ? 'seen' : applyChange(db, c)));
  }
}

function applyAll(
  db: Db,
  changes: readonly WireChange[],
  seen: ReadonlySet<string>,
  documents: ReadonlyMap<string, number>,
): Applied[] {
  const run = new CreateRun(db);
  const results = changes.map((change): Applied => {
    if (seen.has(change.id)) return 'seen';
    const documentId = documents.get(change.documentSha256);
    if (documentId === undefined) return { problem: noDocument(change) };
    if (change.entity === 'annotation' && run.takes(change, documentId)) return 'applied';
    if (keysOf(change).some((key) => run.holds(key))) run.flush();
    applyTo(db, change, documentId);
    // It may have given out a span id of that document itself.
    if (change.entity === 'annotation') run.forget(documentId);
    return 'applied';
  });
  run.flush();
  return results;
}

/** The annotations a change reads or writes, by key. */
function keysOf(change: WireChange): string[] {
  if (change.entity === 'status') return [];
  if (change.entity === 'relation') return change.state ? [change.state.head, change.state.child] : [];
  return [change.target, ...(change.state?.relations ?? []).flatMap((r) => [r.head, r.child])];
}

const seenIds = (db: Db, ids: readonly string[]): Set<string> =>
  new Set(
    statement(
      db,
      `SELECT change_id FROM annotation_history WHERE change_id IN (SELECT value FROM json_each(@list))
       UNION ALL
       SELECT change_id FROM status_history WHERE change_id IN (SELECT value FROM json_each(@list))`,
    )
      .pluck()
      .all({ list: JSON.stringify(ids) }) as string[],
  );

function documentIds(db: Db, shas: readonly string[]): Map<string, number> {
  const rows = statement(
    db,
    'SELECT text_sha256 AS sha, id FROM documents WHERE text_sha256 IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(shas)) as { sha: string; id: number }[];
  return new Map(rows.map((r) => [r.sha, r.id]));
}

interface Pending {
  change: WireChange & { entity: 'annotation'; state: AnnotationWire };
  documentId: number;
  labelId: number;
}

/** The column values of a new annotation, as one JSON array per row (json_each reads them by index). */
const ROW = {
  document: '$[0]',
  label: '$[1]',
  start: '$[2]',
  end: '$[3]',
  uid: '$[4]',
  layer: '$[5]',
  attributes: '$[6]',
  fragments: '$[7]',
  origin: '$[8]',
  note: '$[9]',
  flag: '$[10]',
  key: '$[11]',
  change: '$[12]',
} as const;
const col = (field: keyof typeof ROW): string => `json_extract(j.value, '${ROW[field]}')`;
const JOINED = `json_each(?) j JOIN annotations a ON a.document_id = ${col('document')} AND a.uid = ${col('uid')}`;

/**
 * New annotations waiting to be written together: each a change creating
 * an annotation no row here has (nor a pending one), with no relations.
 * Any other change that names one of them flushes the run first, so the
 * changes of one target are applied in their order.
 */
class CreateRun {
  private readonly pending = new Map<string, Pending>();
  /** Per document, the largest generated span id number given out so far: read once a page, not once a flush. */
  private readonly largest = new Map<number, number>();
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }

  forget(documentId: number): void {
    this.largest.delete(documentId);
  }

  holds(key: string): boolean {
    return this.pending.has(key);
  }

  takes(change: WireChange & { entity: 'annotation' }, documentId: number): boolean {
    const { state } = change;
    if (state === null || (state.relations?.length ?? 0) > 0 || this.pending.has(change.target)) return false;
    if (localIdOf(this.db, 'annotation', change.target) !== undefined) return false;
    const labelId = idByName(this.db, 'labels', state.label);
    this.pending.set(change.target, { change: { ...change, state }, documentId, labelId });
    return true;
  }

  flush(): void {
    if (this.pending.size === 0) return;
    const items = [...this.pending.values()];
    this.pending.clear();
    const uids = freeUids(this.db, items, this.largest);
    const rows = JSON.stringify(
      items.map(({ change, documentId, labelId }, i) => {
        const s = change.state;
        return [
          documentId,
          labelId,
          s.start,
          s.end,
          uids[i],
          change.layer,
          attributesJson(s.attributes),
          s.fragments ? JSON.stringify(s.fragments) : null,
          s.origin ? JSON.stringify(s.origin) : null,
          s.note,
          s.flag,
          change.target,
          change.id,
        ];
      }),
    );
    statement(
      this.db,
      `INSERT INTO annotations (document_id, label_id, start, "end", uid, annotator, attributes, fragments, origin, note, flag)
       SELECT ${col('document')}, ${col('label')}, ${col('start')}, ${col('end')}, ${col('uid')}, ${col('layer')},
              ${col('attributes')}, ${col('fragments')}, ${col('origin')}, ${col('note')}, ${col('flag')}
       FROM json_each(?) j ORDER BY j.key`,
    ).run(rows);
    statement(
      this.db,
      `INSERT OR IGNORE INTO sync_keys (entity, local_id, key) SELECT 'annotation', a.id, ${col('key')} FROM ${JOINED}`,
    ).run(rows);
    statement(
      this.db,
      `INSERT INTO annotation_history (entity, annotation_id, document_id, action, origin, before, after, change_id)
       SELECT 'annotation', a.id, a.document_id, 'create', 'import', NULL, ${ANNOTATION_STATE_SQL}, ${col('change')}
       FROM ${JOINED} ORDER BY j.key`,
    ).run(rows);
    for (const [id, n] of tally(items.map((i) => i.documentId))) adjustDocumentCount(this.db, id, n);
    for (const [id, n] of tally(items.map((i) => i.labelId))) adjustLabelCount(this.db, id, n);
  }
}

function tally(ids: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * The span id each new annotation gets: its own, unless a span or a
 * suggestion of its document here (or an earlier one of the run) holds it;
 * then the document's next generated id (span-uid.ts).
 */
function freeUids(db: Db, items: readonly Pending[], largest: Map<number, number>): string[] {
  const named = (documentId: number, uid: string): string => `${documentId}\u0000${uid}`;
  const pairs = JSON.stringify(items.map((i) => [i.documentId, i.change.state.uid]));
  const taken = new Set(
    (
      statement(
        db,
        `SELECT x.document_id AS documentId, x.uid FROM json_each(@list) j
           JOIN annotations x ON x.document_id = json_extract(j.value, '$[0]') AND x.uid = json_extract(j.value, '$[1]')
         UNION ALL
         SELECT x.document_id, x.uid FROM json_each(@list) j
           JOIN suggestions x ON x.document_id = json_extract(j.value, '$[0]') AND x.uid = json_extract(j.value, '$[1]')`,
      ).all({ list: pairs }) as { documentId: number; uid: string }[]
    ).map((r) => named(r.documentId, r.uid)),
  );
  const largestOf = (documentId: number): number => {
    const known = largest.get(documentId) ?? largestGeneratedNumber(db, documentId);
    largest.set(documentId, known);
    return known;
  };
  const uids: (string | null)[] = items.map(({ documentId, change }) => {
    const key = named(documentId, change.state.uid);
    if (taken.has(key)) return null;
    taken.add(key);
    return change.state.uid;
  });
  // The ids kept count too: a generated one is never given out again.
  items.forEach(({ documentId }, i) => {
    const uid = uids[i];
    if (uid) largest.set(documentId, Math.max(largestOf(documentId), generatedNumber(uid)));
  });
  return items.map(({ documentId }, i) => {
    const uid = uids[i];
    if (uid) return uid;
    const n = largestOf(documentId) + 1;
    largest.set(documentId, n);
    return generatedUid(n);
  });
}
