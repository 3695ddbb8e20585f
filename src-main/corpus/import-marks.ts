/**
 * A record's document note and flag (meta.note, meta.flag) when its text is
 * already in the corpus: they fill what the document lacks; where it has a
 * different one of its own, that one stays and the record's is listed as a
 * conflict, so nothing the file held goes unmentioned.
 */
import type { Db } from '../db/connection.ts';
import { markDocument } from '../db/document-notes.ts';
import { getDocument } from '../db/documents.ts';
import type { DocumentDraft } from './record.ts';
import type { ImportConflict } from './report.ts';

export function mergeDocumentMarks(
  db: Db,
  documentId: number,
  draft: Pick<DocumentDraft, 'note' | 'flag'>,
  where: Omit<ImportConflict, 'layer' | 'reason'>,
): ImportConflict[] {
  // Most records bring neither: the document's row is then not read.
  if (draft.note === null && draft.flag === null) return [];
  const current = getDocument(db, documentId);
  const conflicts: ImportConflict[] = [];
  const change: { note?: string; flag?: string } = {};
  for (const key of ['note', 'flag'] as const) {
    const incoming = draft[key];
    if (incoming === null || incoming === current[key]) continue;
    if (current[key] === null) change[key] = incoming;
    else
      conflicts.push({
        ...where,
        layer: null,
        reason: `meta.${key} ${JSON.stringify(incoming)} not applied: the document has its own ${key} ${JSON.stringify(current[key])}`,
      });
  }
  if (change.note !== undefined || change.flag !== undefined)
    markDocument(db, documentId, change, null, 'import');
  return conflicts;
}
