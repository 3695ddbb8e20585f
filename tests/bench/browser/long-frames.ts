/** The long document's event frames, in the database's terms (label and role ids). */
import type { Db } from '../../../src-main/db/connection.ts';
import type { ImportedRelation, ImportedSpan } from '../../../src-main/db/imported.ts';
import { listLabels } from '../../../src-main/db/labels.ts';
import { listRoles } from '../../../src-main/db/scheme-read.ts';
import { attributesFor, frameRelations } from '../frames.ts';

/** `spans` with their attributes, and `count` relations between them (frames.ts says which). */
export function frameSpans(
  db: Db,
  spans: readonly ImportedSpan[],
  count: number,
): { spans: ImportedSpan[]; relations: ImportedRelation[] } {
  const names = new Map(listLabels(db).map((l) => [l.id, l.name]));
  const roles = new Map(listRoles(db).map((r) => [r.name, r.id]));
  const labels = spans.map((s) => names.get(s.labelId) ?? '');
  const relations = frameRelations(labels, count).map((r): ImportedRelation => {
    const roleId = roles.get(r.role);
    if (roleId === undefined) throw new Error(`the database has no role ${r.role}`);
    return { head: r.head, child: r.child, roleId };
  });
  return {
    spans: spans.map((s, i) => ({ ...s, attributes: attributesFor(labels[i] ?? '', i) })),
    relations,
  };
}
