/**
 * One import or export in a fresh process, so its peak memory is its own.
 * Prints one JSON line: {seconds, maxRssMb, documents, bytes}.
 *
 * usage: node corpus-child.ts import DB JSONL | export DB OUT [PAGE_WORKER]
 *        node corpus-child.ts import-layer DB JSONL ANNOTATOR (DB new, or holding the same documents: a merge)
 *        node corpus-child.ts baseline-import DB JSONL | baseline-import-schema DB JSONL
 *        node corpus-child.ts baseline-parse JSONL X (X unused)
 *        node corpus-child.ts baseline-export DB OUT
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../../src-main/db/connection.ts';
import { exportToFile } from '../../src-main/corpus/export.ts';
import { exportInFormat } from '../../src-main/formats/export-format.ts';
import { foreignFormat } from '../../src-main/formats/registry.ts';
import { importPathsAsync } from '../../src-main/corpus/import.ts';
import { listLabels } from '../../src-main/db/labels.ts';
import { listRoles } from '../../src-main/db/scheme-read.ts';

const [mode, a, b, pageWorker, formatWorker] = process.argv.slice(2);
if (!mode || !a || !b) throw new Error('usage: corpus-child.ts MODE A B');

interface Record {
  id: string;
  text: string;
  meta: object;
  spans: { id?: string; start: number; end: number; label: string; attributes?: object }[];
  relations?: { head: string; child: string; label: string }[];
}

async function* records(path: string): AsyncGenerator<Record> {
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (line) yield JSON.parse(line) as Record;
  }
}

/** The bare loop the import is measured against: parse, insert, one transaction, nothing else. */
async function baselineImport(dbPath: string, jsonl: string): Promise<number> {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE documents (id INTEGER PRIMARY KEY, external_id TEXT, text TEXT, meta TEXT);
           CREATE TABLE annotations (id INTEGER PRIMARY KEY, document_id INTEGER, label TEXT, start INTEGER, "end" INTEGER);`);
  const doc = db.prepare('INSERT INTO documents (external_id, text, meta) VALUES (?, ?, ?)');
  const span = db.prepare('INSERT INTO annotations (document_id, label, start, "end") VALUES (?, ?, ?, ?)');
  let n = 0;
  db.exec('BEGIN');
  for await (const r of records(jsonl)) {
    const id = Number(doc.run(r.id, r.text, JSON.stringify(r.meta)).lastInsertRowid);
    for (const s of r.spans) span.run(id, s.label, s.start, s.end);
    n++;
  }
  db.exec('COMMIT');
  db.close();
  return n;
}

/**
 * The same bare loop writing the very rows our import writes, into the app's
 * own tables (same indexes, constraints and pragmas): parse, hash (the text's
 * key column), insert, the change log's create rows included. What our
 * import adds on top of it is the cost of validating, converting offsets,
 * finding duplicates and keeping counts.
 */
async function baselineImportSameSchema(dbPath: string, jsonl: string): Promise<number> {
  const db = openDatabase(dbPath);
  const labels = new Map(listLabels(db).map((l) => [l.name, l.id]));
  const roles = new Map(listRoles(db).map((r) => [r.name, r.id]));
  const doc = db.prepare(
    `INSERT INTO documents (external_id, list_title, published, source, text, text_length, text_sha256, annotation_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const span = db.prepare(
    'INSERT INTO annotations (document_id, label_id, start, "end", uid, attributes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const link = db.prepare(
    'INSERT INTO relations (document_id, role_id, head_id, child_id, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  // The change log (schema 8) gets a create row per span and relation, as our import writes.
  const log = db.prepare(
    `INSERT INTO annotation_history (id, entity, annotation_id, document_id, action, origin, after, change_id)
     VALUES (?, ?, ?, ?, 'create', 'import', ?, ?)`,
  );
  const client = db.prepare('SELECT client_id FROM sync_client').pluck().get() as string;
  let logId = 0;
  const logged = (entity: string, annotationId: number, documentId: number, after: object) => {
    logId++;
    log.run(logId, entity, annotationId, documentId, JSON.stringify(after), `${client}-a${logId}`);
  };
  const now = new Date().toISOString();
  const perLabel = new Map<number, number>();
  let n = 0;
  db.exec('BEGIN');
  for await (const r of records(jsonl)) {
    const meta = r.meta as { date?: string; source?: string };
    const id = Number(
      doc.run(
        r.id,
        r.text.slice(0, 90),
        meta.date ?? null,
        meta.source ?? null,
        r.text,
        r.text.length,
        createHash('sha256').update(r.text).digest('hex'),
        r.spans.length,
      ).lastInsertRowid,
    );
    const rowOf = new Map<string, number>();
    for (const [i, s] of r.spans.entries()) {
      const label = labels.get(s.label) ?? 0;
      // Every span needs its id (schema 5): the file's, or the generated ones, as an import without ids gives.
      const uid = s.id ?? `T${i + 1}`;
      const attributes = JSON.stringify(s.attributes ?? {});
      const row = Number(span.run(id, label, s.start, s.end, uid, attributes, now, now).lastInsertRowid);
      rowOf.set(uid, row);
      perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
      logged('annotation', row, id, {
        id: row,
        uid,
        documentId: id,
        labelId: label,
        start: s.start,
        end: s.end,
        annotator: null,
        attributes: s.attributes ?? {},
        fragments: null,
        origin: null,
        note: null,
        flag: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const x of r.relations ?? []) {
      const [roleId, headId, childId] = [
        roles.get(x.label) ?? 0,
        rowOf.get(x.head) ?? 0,
        rowOf.get(x.child) ?? 0,
      ];
      const row = Number(link.run(id, roleId, headId, childId, now).lastInsertRowid);
      logged('relation', headId, id, { id: row, documentId: id, roleId, headId, childId, createdAt: now });
    }
    n++;
  }
  for (const [label, count] of perLabel)
    db.prepare('UPDATE labels SET annotation_count = annotation_count + ? WHERE id = ?').run(count, label);
  db.exec('COMMIT');
  closeDatabase(db);
  return n;
}

/**
 * The bare loop the import's parsing is measured against: read the lines and
 * JSON.parse each, nothing kept, nothing written.
 */
async function baselineParse(jsonl: string): Promise<number> {
  let n = 0;
  for await (const r of records(jsonl)) if (r.id) n++;
  return n;
}

interface BareDocRow {
  id: number;
  external_id: string;
  text: string;
  published: string | null;
  source: string | null;
  status: string;
  text_sha256: string;
  title: string | null;
  meta: string;
}

interface BareSpanRow {
  document_id: number;
  uid: string;
  start: number;
  end: number;
  label: string;
  annotator: string | null;
  attributes: string;
  fragments: string | null;
  origin: string | null;
  note: string | null;
  flag: string | null;
}

interface BareRelationRow {
  document_id: number;
  head: string;
  child: string;
  label: string;
}

/**
 * The bare loop the export is measured against: the same rows read from the
 * same SQLite file with better-sqlite3, one JSON.stringify per document of
 * the same record (every key, relations included), written to a file stream.
 * Documents, spans and relations come from three connections, as one
 * connection cannot step two queries at once; they are merged by id.
 */
async function baselineExport(dbPath: string, out: string): Promise<number> {
  const docs = new Database(dbPath, { readonly: true });
  const spanDb = new Database(dbPath, { readonly: true });
  const relationDb = new Database(dbPath, { readonly: true });
  const spans = spanDb
    .prepare(
      `SELECT a.document_id, a.uid, a.start, a."end", l.name AS label, a.annotator, a.attributes, a.fragments,
         a.origin, a.note, a.flag
       FROM annotations a JOIN labels l ON l.id = a.label_id ORDER BY a.document_id, a.start, a."end", a.label_id`,
    )
    .iterate() as IterableIterator<BareSpanRow>;
  const relations = relationDb
    .prepare(
      `SELECT r.document_id, h.uid AS head, c.uid AS child, o.name AS label FROM relations r
       JOIN annotations h ON h.id = r.head_id JOIN annotations c ON c.id = r.child_id
       JOIN roles o ON o.id = r.role_id ORDER BY r.document_id`,
    )
    .iterate() as IterableIterator<BareRelationRow>;
  let pending = spans.next();
  let pendingRelation = relations.next();
  const stream = createWriteStream(out);
  let n = 0;
  const rows = docs
    .prepare(
      'SELECT id, external_id, text, published, source, status, text_sha256, title, meta FROM documents ORDER BY id',
    )
    .iterate() as IterableIterator<BareDocRow>;
  for (const d of rows) {
    const own: object[] = [];
    while (!pending.done && pending.value.document_id <= d.id) {
      const s = pending.value;
      if (s.document_id === d.id)
        own.push({
          id: s.uid,
          start: s.start,
          end: s.end,
          label: s.label,
          text: d.text.slice(s.start, s.end),
          annotator: s.annotator,
          attributes: JSON.parse(s.attributes) as object,
          fragments: s.fragments === null ? [] : (JSON.parse(s.fragments) as object),
          origin: s.origin === null ? null : (JSON.parse(s.origin) as object),
          note: s.note,
          flag: s.flag,
        });
      pending = spans.next();
    }
    const links: object[] = [];
    while (!pendingRelation.done && pendingRelation.value.document_id <= d.id) {
      const r = pendingRelation.value;
      if (r.document_id === d.id) links.push({ head: r.head, child: r.child, label: r.label });
      pendingRelation = relations.next();
    }
    const meta = {
      date: d.published,
      source: d.source,
      status: d.status,
      title: d.title,
      sha256: d.text_sha256,
      extra: JSON.parse(d.meta) as object,
    };
    const record = { id: d.external_id, text: d.text, meta, spans: own, relations: links };
    if (!stream.write(`${JSON.stringify(record)}\n`)) await once(stream, 'drain');
    n++;
  }
  stream.end();
  await once(stream, 'close');
  docs.close();
  spanDb.close();
  relationDb.close();
  return n;
}

const started = performance.now();
let documents: number;
let bytes: number;
if (mode === 'import') {
  const db = openDatabase(a);
  // What the app and the CLI run: parsing on a worker thread while this thread writes.
  const report = await importPathsAsync(db, [b]);
  if (!report.committed) throw new Error(`import failed: ${report.invalid[0]?.reason ?? '?'}`);
  documents = report.imported;
  bytes = statSync(b).size;
  closeDatabase(db);
} else if (mode === 'import-layer') {
  // The file's spans as ANNOTATOR's layer: into a new database a plain import, into one holding the same texts a merge.
  const db = openDatabase(a);
  const report = await importPathsAsync(db, [b], { annotator: pageWorker ?? 'bob' });
  if (!report.committed) throw new Error(`import failed: ${report.invalid[0]?.reason ?? '?'}`);
  if (report.conflicts.length > 0) throw new Error(`merge conflict: ${report.conflicts[0]?.reason ?? '?'}`);
  documents = report.imported + report.merged.length;
  bytes = statSync(b).size;
  closeDatabase(db);
} else if (mode === 'export') {
  const db = openDatabase(a);
  // The built worker, as the app and the installed CLI run it: started from
  // its .ts source, each worker thread first spends ~150 ms stripping types.
  const summary = await exportToFile(
    db,
    b,
    {},
    pageWorker === undefined ? undefined : { file: pageWorker, buildHere: true },
  );
  documents = summary.documents;
  bytes = summary.bytes;
  closeDatabase(db);
} else if (mode === 'export-format') {
  // b is the output, then the format's name and the page worker; `bytes` are those written in the format.
  const [format, worker] = [pageWorker, formatWorker];
  const foreign = foreignFormat(format ?? '');
  if (!foreign) throw new Error(`no format ${format ?? ''}`);
  const db = openDatabase(a);
  const { summary } = await exportInFormat(
    db,
    foreign,
    b,
    {},
    worker === undefined ? undefined : { file: worker, buildHere: true },
  );
  documents = summary.documents;
  bytes = summary.bytes;
  closeDatabase(db);
} else if (mode === 'baseline-import') {
  documents = await baselineImport(a, b);
  bytes = statSync(b).size;
} else if (mode === 'baseline-import-schema') {
  documents = await baselineImportSameSchema(a, b);
  bytes = statSync(b).size;
} else if (mode === 'baseline-parse') {
  documents = await baselineParse(a);
  bytes = statSync(a).size;
} else if (mode === 'baseline-export') {
  documents = await baselineExport(a, b);
  bytes = statSync(b).size;
} else {
  throw new Error(`unknown mode ${mode}`);
}
const seconds = (performance.now() - started) / 1000;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, maxRssMb, documents, bytes })}\n`);
