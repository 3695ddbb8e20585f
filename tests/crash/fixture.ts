/** The database both crash tests start from, and what they read back from it after a crash. */
import type { Db } from '../../src-main/db/connection.ts';
import { closeDatabase, openDatabase } from '../../src-main/db/connection.ts';
import { insertDocument } from '../../src-main/db/documents.ts';
import { listAnnotations } from '../../src-main/db/annotations.ts';
import type { Annotation, Relation } from '../../src-main/db/model.ts';
import type { AnnotationState } from '../../src-main/db/history.ts';
import { sha256Hex } from '../../src-main/text/hash.ts';
import { isDeepStrictEqual } from 'node:util';

const TEXT =
  'De VS hebben momenteel 2.500 militairen in Irak 🇺🇸. Premier Mustafa al-Kazimi sprak in Washington met president Biden. '.repeat(
    20,
  );

/** A checkpointed database with the one document the crash child annotates. */
export function createCrashDatabase(dbPath: string): void {
  const db = openDatabase(dbPath);
  insertDocument(db, {
    externalId: 'crash-doc',
    title: null,
    published: null,
    source: null,
    text: TEXT,
    textSha256: sha256Hex(TEXT),
    meta: {},
    status: 'todo',
  });
  closeDatabase(db);
}

/** One change as the history records it and the child acknowledges it. */
export interface Change {
  annotationId: number;
  after: Annotation | null;
}

export function readHistory(db: Db): Change[] {
  const rows = db
    .prepare("SELECT annotation_id, after FROM annotation_history WHERE entity = 'annotation' ORDER BY id")
    .all() as {
    annotation_id: number;
    after: string | null;
  }[];
  return rows.map((row) => ({
    annotationId: row.annotation_id,
    after: row.after ? annotationOf(JSON.parse(row.after) as AnnotationState) : null,
  }));
}

/** The annotation of a history state, without the relations that came back with it. */
function annotationOf(state: AnnotationState): Annotation {
  const { relations: _, ...annotation } = state;
  return annotation;
}

/** Every annotation row, in id order, in the shape the history stores. */
export function annotationRows(db: Db): Annotation[] {
  const documents = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
  return documents.flatMap((id) => listAnnotations(db, id)).sort((a, b) => a.id - b.id);
}

/**
 * What is wrong with a database reopened after a crash, lost changes aside:
 * SQLite's integrity check, annotations that are not what replaying the
 * history gives, and annotation counters (of any document or label) that
 * drifted from the rows.
 */
export function consistencyProblems(db: Db, history: readonly Change[]): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check said ${String(integrity)}`);
  const replayed = new Map<number, Annotation>();
  for (const change of history) {
    if (change.after) replayed.set(change.annotationId, change.after);
    else replayed.delete(change.annotationId);
  }
  const actual = annotationRows(db);
  const fromHistory = [...replayed.values()].sort((a, b) => a.id - b.id);
  if (!isDeepStrictEqual(actual, fromHistory)) problems.push('annotations and history disagree');
  // How many documents and labels have a counter that differs from their rows.
  const drift = db
    .prepare(
      `SELECT (SELECT count(*) FROM documents d WHERE annotation_count <>
                 (SELECT count(*) FROM annotations a WHERE a.document_id = d.id)) AS documentDrift,
              (SELECT count(*) FROM labels l WHERE annotation_count <>
                 (SELECT count(*) FROM annotations a WHERE a.label_id = l.id)) AS labelDrift`,
    )
    .get() as { documentDrift: number; labelDrift: number };
  if (drift.documentDrift !== 0 || drift.labelDrift !== 0)
    problems.push(`annotation counters drifted (${JSON.stringify(drift)})`);
  return problems;
}

/** Every relation row, in id order, in the shape the history stores. */
export function relationRows(db: Db): Relation[] {
  return (
    db.prepare('SELECT * FROM relations ORDER BY id').all() as {
      id: number;
      document_id: number;
      role_id: number;
      head_id: number;
      child_id: number;
      created_at: string;
    }[]
  ).map((r) => ({
    id: r.id,
    documentId: r.document_id,
    roleId: r.role_id,
    headId: r.head_id,
    childId: r.child_id,
    createdAt: r.created_at,
  }));
}

/**
 * Relations that are not what replaying the history from `start` gives:
 * relation rows set or remove one, an annotation's deletion removes those
 * its `before` lists, and a deletion undone brings back those its `after` lists.
 */
export function relationProblems(db: Db, start: readonly Relation[]): string[] {
  const replayed = new Map(start.map((r) => [r.id, r]));
  const rows = db.prepare('SELECT id, entity, before, after FROM annotation_history ORDER BY id').all() as {
    id: number;
    entity: 'annotation' | 'relation';
    before: string | null;
    after: string | null;
  }[];
  for (const row of rows) {
    const before = row.before === null ? null : (JSON.parse(row.before) as Relation & AnnotationState);
    const after = row.after === null ? null : (JSON.parse(row.after) as Relation & AnnotationState);
    if (row.entity === 'relation') {
      if (after) replayed.set(after.id, after);
      else if (before) replayed.delete(before.id);
      continue;
    }
    for (const r of before?.relations ?? []) replayed.delete(r.id);
    for (const r of after?.relations ?? []) replayed.set(r.id, r);
  }
  const fromHistory = [...replayed.values()].sort((a, b) => a.id - b.id);
  return isDeepStrictEqual(relationRows(db), fromHistory) ? [] : ['relations and history disagree'];
}
