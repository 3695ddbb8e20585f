/**
 * Writes the corpus as JSONL, one document a line, in the shape import reads:
 * offsets in Unicode code points, spans sorted by start then end, and
 * `meta.sha256` so a consumer can check it has the very text the offsets
 * point into. Streamed in pages: memory does not grow with the corpus.
 */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { Db } from '../db/connection.ts';
import type { DocumentStatus } from '../db/model.ts';
import { OffsetMap } from '../text/offsets.ts';
import type { ExportSummary } from './report.ts';

export interface ExportOptions {
  /** Only documents with this status. */
  status?: DocumentStatus | undefined;
}

const PAGE = 500;

interface DocRow {
  id: number;
  external_id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  text: string;
  text_sha256: string;
  meta: string;
  status: DocumentStatus;
}

interface SpanRow {
  start: number;
  end: number;
  label: string;
  annotator: string | null;
}

/** One document as its JSONL line (without the newline). Key order is part of the format. */
export function documentLine(doc: DocRow, spans: readonly SpanRow[]): string {
  const map = new OffsetMap(doc.text);
  const meta: Record<string, unknown> = {};
  if (doc.published !== null) meta.date = doc.published;
  if (doc.source !== null) meta.source = doc.source;
  meta.status = doc.status;
  meta.sha256 = doc.text_sha256;
  if (doc.title !== null) meta.title = doc.title;
  Object.assign(meta, JSON.parse(doc.meta) as Record<string, unknown>);
  return JSON.stringify({
    id: doc.external_id,
    text: doc.text,
    meta,
    spans: spans.map((s) => {
      const span: Record<string, unknown> = {
        start: map.toCodePoint(s.start),
        end: map.toCodePoint(s.end),
        label: s.label,
        text: doc.text.slice(s.start, s.end),
      };
      if (s.annotator !== null) span.annotator = s.annotator;
      return span;
    }),
  });
}

/**
 * Writes every document (or those with `options.status`) to `out`. Pages are
 * read by id, and no statement stays open across an `await`, so the app's
 * other calls on the same connection keep working during a long export.
 */
export async function exportCorpus(
  db: Db,
  out: NodeJS.WritableStream,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const statusSql = options.status ? 'AND status = @status' : '';
  const page = db.prepare(
    `SELECT id, external_id, title, published, source, text, text_sha256, meta, status
     FROM documents WHERE id > @after ${statusSql} ORDER BY id LIMIT ${PAGE}`,
  );
  const spansOf = db.prepare(
    `SELECT a.start, a."end", l.name AS label, a.annotator
     FROM annotations a JOIN labels l ON l.id = a.label_id
     WHERE a.document_id = ? ORDER BY a.start, a."end", l.name, a.id`,
  );
  const summary: ExportSummary = { documents: 0, spans: 0, bytes: 0 };
  let after = 0;
  for (;;) {
    const docs = page.all({ after, ...(options.status ? { status: options.status } : {}) }) as DocRow[];
    if (docs.length === 0) break;
    let chunk = '';
    for (const doc of docs) {
      const spans = spansOf.all(doc.id) as SpanRow[];
      chunk += `${documentLine(doc, spans)}\n`;
      summary.documents++;
      summary.spans += spans.length;
    }
    after = docs[docs.length - 1]?.id ?? after;
    summary.bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  return summary;
}

/**
 * Exports to a file through a temporary sibling that is renamed into place at
 * the end: a failed or interrupted export never leaves a half-written file
 * where a complete one was expected.
 */
export async function exportToFile(
  db: Db,
  path: string,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const temp = `${path}.tmp-${process.pid}`;
  const out = createWriteStream(temp, { flags: 'wx' });
  try {
    const failed = once(out, 'error').then(([e]) =>
      Promise.reject(e instanceof Error ? e : new Error(String(e))),
    );
    // Raced below; marked handled so an error after the race cannot crash the process.
    failed.catch(() => undefined);
    const summary = await Promise.race([exportCorpus(db, out, options), failed]);
    out.end();
    await Promise.race([once(out, 'close'), failed]);
    renameSync(temp, path);
    return summary;
  } catch (e) {
    out.destroy();
    rmSync(temp, { force: true });
    throw e;
  }
}
