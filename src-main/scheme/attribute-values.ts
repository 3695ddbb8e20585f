/**
 * Attribute values inside annotations that a scheme change moves or removes:
 * a renamed attribute's values go to the new name, a deleted one's values
 * go. Each annotation changed is one 'import' row in the append-only
 * history (not on any undo stack), so the change log covers it too.
 */
import type { Db } from '../db/connection.ts';
import { attributesJson, getAnnotation } from '../db/annotation-rows.ts';
import { record } from '../db/history.ts';
import type { Attributes } from '../db/model.ts';
import { statement } from '../db/statements.ts';
import { attributePath } from './usage.ts';

function rewrite(
  db: Db,
  labelId: number,
  name: string,
  change: (attributes: Attributes) => Attributes,
): number {
  const ids = statement(
    db,
    'SELECT id FROM annotations WHERE label_id = ? AND attributes -> ? IS NOT NULL ORDER BY id',
  )
    .pluck()
    .all(labelId, attributePath(name)) as number[];
  const write = statement(
    db,
    `UPDATE annotations SET attributes = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  );
  for (const id of ids) {
    const before = getAnnotation(db, id);
    write.run(attributesJson(change({ ...before.attributes })), id);
    record(
      db,
      {
        entity: 'annotation',
        annotationId: id,
        documentId: before.documentId,
        action: 'update',
        origin: 'import',
      },
      before,
      getAnnotation(db, id),
    );
  }
  return ids.length;
}

/** Moves the values of attribute `from` to `to` on a label's annotations; how many moved. */
export function renameAttributeValues(db: Db, labelId: number, from: string, to: string): number {
  return rewrite(db, labelId, from, (attributes) => {
    const { [from]: value, ...rest } = attributes;
    return value === undefined ? rest : { ...rest, [to]: value };
  });
}

/** Removes the values of attribute `name` from a label's annotations; how many were removed. */
export function clearAttributeValues(db: Db, labelId: number, name: string): number {
  return rewrite(db, labelId, name, (attributes) => {
    const { [name]: _removed, ...rest } = attributes;
    return rest;
  });
}
