/**
 * Another annotator's database (or a returned work package) as records to
 * merge: each document with its spans, relations and each layer's status,
 * read as drafts so that the import applies the same rules as to JSONL
 * (scheme checks, --create-labels, the merge by text).
 *
 * The file is only read. A database of an older schema is first copied to a
 * temporary file and migrated there; one of a newer schema is refused.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../db/connection.ts';
import { AppError } from '../db/errors.ts';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.ts';
import type { Attributes, DocumentStatus, Fragment, Origin } from '../db/model.ts';
import { errorMessage } from '../text/error-message.ts';
import { sha256Hex } from '../text/hash.ts';
import type { DocumentDraft } from './record.ts';
import type { SpanDraft } from './record-span.ts';
import type { SpanRow } from './export-lines.ts';
import type { DocumentRow } from '../db/documents.ts';
import type { MainText } from '../text/messages/say.ts';

/** `PRAGMA application_id` of a work package (package.ts): "ANPK". */
export const PACKAGE_APPLICATION_ID = 0x414e504b;

/** A document of the database, by its place in id order (1-based, as a line), or why it cannot be read. */
export type DatabaseItem =
  | { kind: 'draft'; line: number; draft: DocumentDraft }
  | { kind: 'problem'; line: number; reason: string; text?: MainText | undefined };

const refuse = (path: string, reason: string): AppError => new AppError('VALIDATION', `${path}: ${reason}`);

/** The source opened for reading, migrated on a temporary copy when its schema is older. */
function openSource(path: string, target: Db): { db: Db; done: () => void } {
  if (!target.memory && realpathSync(path) === realpathSync(target.name))
    throw refuse(path, 'is the database being imported into');
  let source: Db;
  try {
    source = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw refuse(path, `cannot be read as a database: ${errorMessage(e)}`);
  }
  try {
    const version = Number(source.pragma('user_version', { simple: true }));
    const hasDocuments = source
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'")
      .get();
    if (version > LATEST_SCHEMA_VERSION)
      throw refuse(
        path,
        `was written by a newer version of the annotator (schema ${version}, this version knows up to ${LATEST_SCHEMA_VERSION}); update the app to import it`,
      );
    if (version === 0 || !hasDocuments) throw refuse(path, 'is not an annotator database');
    if (version === LATEST_SCHEMA_VERSION) return { db: source, done: () => source.close() };
    const folder = mkdtempSync(join(tmpdir(), 'annotator-import-'));
    const copy = join(folder, 'source.db');
    source.prepare('VACUUM INTO ?').run(copy);
    source.close();
    const migrated = openDatabase(copy, { backupBeforeMigrate: false });
    return {
      db: migrated,
      done: () => {
        closeDatabase(migrated);
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (e) {
    if (source.open) source.close();
    throw e;
  }
}

/** A documents row of the other database, as its export would read it. */
type SourceDocRow = Pick<
  DocumentRow,
  | 'id'
  | 'external_id'
  | 'title'
  | 'published'
  | 'source'
  | 'text'
  | 'text_sha256'
  | 'meta'
  | 'status'
  | 'note'
  | 'flag'
>;

/** Its annotations as the export reads them (label by name). */
type SourceSpanRow = SpanRow;

function draftOf(db: Db, doc: SourceDocRow, fromPackage: boolean): DocumentDraft {
  const rows = db
    .prepare(
      `SELECT a.id, a.uid, a.start, a."end", l.name AS label, a.annotator, a.attributes, a.fragments, a.origin, a.note, a.flag
       FROM annotations a JOIN labels l ON l.id = a.label_id WHERE a.document_id = ? ORDER BY a.id`,
    )
    .all(doc.id) as SourceSpanRow[];
  const place = new Map(rows.map((r, i) => [r.id, i]));
  const spans = rows.map((r): SpanDraft => ({
    uid: r.uid,
    start: r.start,
    end: r.end,
    label: r.label,
    annotator: r.annotator,
    attributes: JSON.parse(r.attributes) as Attributes,
    attributesText: r.attributes,
    fragments: r.fragments === null ? null : (JSON.parse(r.fragments) as Fragment[]),
    origin: r.origin === null ? null : (JSON.parse(r.origin) as Origin),
    note: r.note,
    flag: r.flag,
  }));
  const relations = (
    db
      .prepare(
        `SELECT r.head_id, r.child_id, o.name AS label FROM relations r JOIN roles o ON o.id = r.role_id
         WHERE r.document_id = ? ORDER BY r.id`,
      )
      .all(doc.id) as { head_id: number; child_id: number; label: string }[]
  ).map((r) => ({ head: place.get(r.head_id) ?? -1, child: place.get(r.child_id) ?? -1, label: r.label }));
  const layerStatus: Record<string, DocumentStatus> = {};
  for (const row of db
    .prepare('SELECT layer, status FROM document_layers WHERE document_id = ?')
    .all(doc.id) as { layer: string; status: DocumentStatus }[])
    layerStatus[row.layer] = row.status;
  return {
    externalId: doc.external_id,
    title: doc.title,
    published: doc.published,
    source: doc.source,
    status: doc.status,
    note: doc.note,
    flag: doc.flag,
    text: doc.text,
    textSha256: sha256Hex(doc.text),
    extraMeta: JSON.parse(doc.meta) as Record<string, unknown>,
    spans,
    relations,
    layerStatus,
    fromPackage,
  };
}

/** The database's documents in id order, as drafts. The source is closed when the walk ends. */
export function* databaseItems(path: string, target: Db): Generator<DatabaseItem> {
  const { db, done } = openSource(path, target);
  try {
    const fromPackage = Number(db.pragma('application_id', { simple: true })) === PACKAGE_APPLICATION_ID;
    // Ids first: one connection cannot step through documents while it reads their spans.
    const ids = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
    const read = db.prepare(
      'SELECT id, external_id, title, published, source, text, text_sha256, meta, status, note, flag FROM documents WHERE id = ?',
    );
    let line = 0;
    for (const id of ids) {
      line++;
      const doc = read.get(id) as SourceDocRow;
      const draft = draftOf(db, doc, fromPackage);
      if (draft.textSha256 !== doc.text_sha256) {
        yield {
          kind: 'problem',
          line,
          reason: `document "${doc.external_id}": its stored SHA-256 does not match its text`,
        };
        continue;
      }
      yield { kind: 'draft', line, draft };
    }
  } finally {
    done();
  }
}
