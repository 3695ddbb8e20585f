import type { Db } from './connection.ts';
import type { CorpusStats, DocumentStatus } from './model.ts';
import { statement } from './statements.ts';

export function corpusStats(db: Db): CorpusStats {
  const byStatus = statement(db, 'SELECT status, n FROM document_status_counts').all() as {
    status: DocumentStatus;
    n: number;
  }[];
  const documents = { todo: 0, in_progress: 0, done: 0, total: 0 };
  for (const row of byStatus) {
    documents[row.status] = row.n;
    documents.total += row.n;
  }
  const byLabel = statement(
    db,
    'SELECT id AS labelId, name AS label, annotation_count AS count FROM labels ORDER BY position, id',
  ).all() as { labelId: number; label: string; count: number }[];
  return { documents, annotations: { total: byLabel.reduce((s, r) => s + r.count, 0), byLabel } };
}
