/**
 * Reading the corpus for export in pages: fixed windows of document ids, so
 * that several threads can each build every n-th page and the writer still
 * puts them out in order.
 */
import type { Database } from 'better-sqlite3';
import type { DocumentStatus } from '../db/model.ts';
import { statement } from '../db/statements.ts';
import type { CorpusRecord } from '../formats/types.ts';
import {
  documentLine,
  documentRecord,
  groupByDocument,
  groupRelations,
  hasLineBreak,
  lineAroundText,
  type DocRow,
  type PageRelationRow,
  type PageSpanRow,
  type RelationRow,
  type SpanRow,
} from './export-lines.ts';

/** Ids per page. Small pages measured fastest (20k docs: 100 → 1.27 s, 500 → 1.45 s) and keep memory low. */
const PAGE_IDS = 100;

export interface PageWindows {
  /** The first id of page 0. */
  first: number;
  width: number;
  count: number;
}

export function pageWindows(db: Database): PageWindows {
  const { lo, hi } = statement(db, 'SELECT min(id) AS lo, max(id) AS hi FROM documents').get() as {
    lo: number | null;
    hi: number | null;
  };
  if (lo === null || hi === null) return { first: 0, width: PAGE_IDS, count: 0 };
  return { first: lo, width: PAGE_IDS, count: Math.ceil((hi - lo + 1) / PAGE_IDS) };
}

export interface PageText {
  /** The page's JSONL lines, each ending in a newline, as UTF-8. */
  bytes: Buffer;
  documents: number;
  spans: number;
}

/** Memory for a page's bytes: exactly `size` bytes (a view, perhaps, of a larger buffer being reused). */
export type Allocate = (size: number) => Buffer;

const freshMemory: Allocate = (size) => Buffer.allocUnsafeSlow(size);

/**
 * Encodes a page's pieces straight into one buffer. Joining them into one
 * string first made a flat string of a page's size for every page, which V8
 * keeps in its old generation: memory then grew with the corpus.
 */
function encodePieces(pieces: readonly (string | Buffer)[], allocate: Allocate): Buffer {
  let size = 0;
  for (const piece of pieces)
    size += typeof piece === 'string' ? Buffer.byteLength(piece, 'utf8') : piece.length;
  const bytes = allocate(size);
  let at = 0;
  for (const piece of pieces) {
    if (typeof piece === 'string') at += bytes.write(piece, at, 'utf8');
    else at += piece.copy(bytes, at);
  }
  return bytes;
}

/**
 * Names by id from `table` (labels, roles), read again when an id is new to
 * it: an import may create one between two pages of an export.
 */
function names(db: Database, table: 'labels' | 'roles', what: string): (id: number) => string {
  const read = statement(db, `SELECT id, name FROM ${table}`);
  let byId = new Map<number, string>();
  return (id) => {
    if (!byId.has(id))
      byId = new Map((read.all() as { id: number; name: string }[]).map((r) => [r.id, r.name]));
    const name = byId.get(id);
    if (name === undefined) throw new Error(`a row refers to ${what} ${id}, which does not exist`);
    return name;
  };
}

/**
 * Open suggestions as the export reads them: spans of no annotator. Those an
 * annotation of their label overlaps are moot and left out, as the editor
 * leaves them out (suggestion-rows.ts).
 */
const SUGGESTION_SPANS = `SELECT s.document_id, -s.id AS id, s.uid, s.start, s."end", s.label_id, NULL AS annotator,
    s.attributes, NULL AS fragments, json_object('kind', 'suggestion', 'rule', s.rule) AS origin, NULL AS note, NULL AS flag
  FROM suggestions s WHERE s.document_id >= @from AND s.document_id < @to AND s.state = 'open' AND NOT EXISTS (
    SELECT 1 FROM annotations a
    WHERE a.document_id = s.document_id AND a.label_id = s.label_id AND a.start < s."end" AND a."end" > s.start)`;

/** The spans of a page with its suggestions among them, in the order the annotations come (index order). */
function withSuggestions(spans: PageSpanRow[], suggestions: PageSpanRow[]): PageSpanRow[] {
  if (suggestions.length === 0) return spans;
  return [...spans, ...suggestions].sort(
    (a, b) => a.document_id - b.document_id || a.start - b.start || a.end - b.end || a.label_id - b.label_id,
  );
}

/**
 * `text_json`: the text as a JSON string, for a text without characters
 * outside the BMP; for records, which need no JSON, empty for such a text.
 */
type PageDocRow = DocRow & { text_json: Buffer | null };

/**
 * Which documents and spans an export writes. With a layer, only that
 * layer's spans and the relations between them, and `meta.status` is the
 * layer's own status (document_layers), or the document's where the layer
 * has none; `status` then filters on that.
 */
export interface PageFilter {
  status?: DocumentStatus | undefined;
  layer?: string | undefined;
  /**
   * Open suggestions too, as spans with origin `suggestion`, no annotator,
   * their uid as id. They belong to no layer: an export of one leaves them out.
   */
  suggestions?: boolean | undefined;
}

/**
 * The documents query of a page: the layer's status stands in for the
 * document's when a layer is asked for; `asJson`: text_json as JSON.
 */
function documentsQuery({ status, layer }: PageFilter, asJson: boolean): string {
  const statusOf = layer === undefined ? 'd.status' : 'coalesce(l.status, d.status)';
  const textJson = asJson ? 'CAST(json_quote(d.text) AS BLOB)' : "X''";
  return `SELECT d.id, d.external_id, d.title, d.published, d.source, d.text_sha256, d.meta, ${statusOf} AS status, d.note, d.flag, d.text,
       CASE WHEN length(d.text) = d.text_length THEN ${textJson} END AS text_json
     FROM documents d ${layer === undefined ? '' : 'LEFT JOIN document_layers l ON l.document_id = d.id AND l.layer = @layer'}
     WHERE d.id >= @from AND d.id < @to ${status ? `AND ${statusOf} = @status` : ''} ORDER BY d.id`;
}

/** A page's rows: its documents, and their spans and relations by document id. */
interface PageRows {
  docs: PageDocRow[];
  spansByDocument: Map<number, SpanRow[]>;
  relationsByDocument: Map<number, RelationRow[]>;
}

/** Reads page `index` of `windows` from `db`; `asJson` as for documentsQuery. */
function pageReader(
  db: Database,
  windows: PageWindows,
  filter: PageFilter,
  asJson: boolean,
): (index: number) => PageRows {
  const { status, layer } = filter;
  // A BMP-only text (length in characters = length in UTF-16 units) comes as JSON bytes too.
  const docsOf = statement(db, documentsQuery(filter, asJson));
  const onLayer = layer === undefined ? '' : 'AND annotator = @layer';
  // One query per page, not per document: 20,000 small queries cost more than the rows they return.
  const spansOf = statement(
    db,
    `SELECT document_id, id, uid, start, "end", label_id, annotator, attributes, fragments, origin, note, flag
     FROM annotations WHERE document_id >= @from AND document_id < @to ${onLayer}
     ORDER BY document_id, start, "end", label_id`,
  );
  const suggestionsOf = filter.suggestions && layer === undefined ? statement(db, SUGGESTION_SPANS) : null;
  // A relation is written with the layer when both its ends are in it.
  const relationsOf = statement(
    db,
    layer === undefined
      ? 'SELECT document_id, head_id, child_id, role_id FROM relations WHERE document_id >= @from AND document_id < @to'
      : `SELECT r.document_id, r.head_id, r.child_id, r.role_id FROM relations r
         JOIN annotations h ON h.id = r.head_id JOIN annotations c ON c.id = r.child_id
         WHERE r.document_id >= @from AND r.document_id < @to AND h.annotator = @layer AND c.annotator = @layer`,
  );
  const onlyLayer = layer === undefined ? {} : { layer };
  const labelName = names(db, 'labels', 'label');
  const roleName = names(db, 'roles', 'role');
  return (index) => {
    const from = windows.first + index * windows.width;
    const to = from + windows.width;
    const docs = docsOf.all({ from, to, ...(status ? { status } : {}), ...onlyLayer }) as PageDocRow[];
    if (docs.length === 0) return { docs, spansByDocument: new Map(), relationsByDocument: new Map() };
    const annotations = spansOf.all({ from, to, ...onlyLayer }) as PageSpanRow[];
    const rows = suggestionsOf
      ? withSuggestions(annotations, suggestionsOf.all({ from, to }) as PageSpanRow[])
      : annotations;
    const spansByDocument = groupByDocument(rows, labelName);
    const relationsByDocument = groupRelations(
      relationsOf.all({ from, to, ...onlyLayer }) as PageRelationRow[],
      roleName,
    );
    return { docs, spansByDocument, relationsByDocument };
  };
}

/** Builds page `index` of `windows` as JSONL text from `db`, into memory from `allocate`. */
export function pageBuilder(
  db: Database,
  windows: PageWindows,
  filter: PageFilter,
  allocate: Allocate = freshMemory,
): (index: number) => PageText {
  const read = pageReader(db, windows, filter, true);
  return (index) => {
    const { docs, spansByDocument, relationsByDocument } = read(index);
    if (docs.length === 0) return { bytes: allocate(0), documents: 0, spans: 0 };
    const pieces: (string | Buffer)[] = [];
    let spans = 0;
    for (const doc of docs) {
      const own = spansByDocument.get(doc.id) ?? [];
      const links = relationsByDocument.get(doc.id) ?? [];
      if (doc.text_json !== null && !hasLineBreak(doc.text)) {
        const { head, tail } = lineAroundText(doc, own, links);
        pieces.push(head, doc.text_json, `${tail}\n`);
      } else {
        pieces.push(`${documentLine(doc, own, links)}\n`);
      }
      spans += own.length;
    }
    return { bytes: encodePieces(pieces, allocate), documents: docs.length, spans };
  };
}

export interface PageRecords {
  /** The page's documents as the records its JSONL lines read back as. */
  records: CorpusRecord[];
  documents: number;
  spans: number;
}

/**
 * Builds page `index` as records, for a writer of another format: the same
 * rows as pageBuilder's, without writing them as JSON to be parsed again.
 */
export function pageRecordsBuilder(
  db: Database,
  windows: PageWindows,
  filter: PageFilter,
): (index: number) => PageRecords {
  const read = pageReader(db, windows, filter, false);
  return (index) => {
    const { docs, spansByDocument, relationsByDocument } = read(index);
    let spans = 0;
    const records = docs.map((doc) => {
      const own = spansByDocument.get(doc.id) ?? [];
      spans += own.length;
      return documentRecord(doc, own, relationsByDocument.get(doc.id) ?? [], doc.text_json !== null);
    });
    return { records, documents: docs.length, spans };
  };
}
