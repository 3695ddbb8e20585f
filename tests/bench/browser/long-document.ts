/**
 * A long article: about 1,000,000 characters of Dutch news text, 10,000
 * spans of all three labels, nested and overlapping, written straight into
 * the database (setting up is not what is measured).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../../src-main/db/connection.ts';
import {
  insertImportedDocument,
  type ImportedRelation,
  type ImportedSpan,
} from '../../../src-main/db/imported.ts';
import { listLabels } from '../../../src-main/db/labels.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { readTextFile } from '../../../src-main/corpus/text-file.ts';
import { SAMPLES_DIR } from '../../helpers/backend.ts';
import { frameSpans } from './long-frames.ts';

export interface LongDocument {
  id: number;
  title: string;
  text: string;
  spans: ImportedSpan[];
  relations: ImportedRelation[];
}

/** A small deterministic generator, so every run measures the same document. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The sample articles, repeated until `chars` characters, as paragraphs. */
function longText(chars: number): string {
  const samples = readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readTextFile(join(SAMPLES_DIR, f)).text);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const part = `${samples[i % samples.length] ?? ''}`;
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

/** Word boundaries of the text, for spans that start and end on whole words. */
function words(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * `relations`: that many relations from EVENT spans to ACTOR and NUMBER spans,
 * and attributes on every span (frames.ts); none by default, and then neither.
 */
export function createLongDocument(db: Db, chars: number, spanCount: number, relations = 0): LongDocument {
  const framed = relations > 0;
  const title = framed ? 'Een heel lang artikel met relaties' : 'Een heel lang artikel';
  // Another text for the framed one: the database refuses a text twice.
  const text = framed ? `Met relaties. ${longText(chars)}`.slice(0, chars) : longText(chars);
  const all = words(text);
  const labels = listLabels(db).map((l) => l.id);
  const next = random(6);
  const seen = new Set<string>();
  const spans: ImportedSpan[] = [];
  // Evenly spread, 1 to 6 words long; every fourth span nests in or overlaps the one before.
  for (let i = 0; spans.length < spanCount; i++) {
    const at = Math.floor((i / spanCount) * (all.length - 8)) % (all.length - 8);
    const first = i % 4 === 3 ? Math.max(0, at - 2) : at;
    const last = Math.min(all.length - 1, first + Math.floor(next() * 6));
    const start = all[first]?.start ?? 0;
    const end = all[last]?.end ?? 1;
    const labelId = labels[Math.floor(next() * labels.length)] ?? 1;
    const key = `${labelId} ${start} ${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push({ labelId, start, end, annotator: null });
  }
  const frames = framed ? frameSpans(db, spans, relations) : { spans, relations: [] };
  const id = db.transaction(() =>
    insertImportedDocument(
      db,
      documentRecord(framed ? 'bench-long-frames' : 'bench-long', text, {
        title,
        published: '2021-07',
        source: 'bench',
      }),
      frames.spans,
      frames.relations,
    ),
  )();
  return { id, title, text, ...frames };
}

/** The last characters of a text as the article shows them in its last paragraph (no line break inside). */
export function endOf(text: string): string {
  const tail = text.trimEnd().slice(-12);
  return tail.slice(tail.lastIndexOf('\n') + 1);
}

/** A short second document, to switch away from the long one between openings. */
export function createShortDocument(db: Db): string {
  const text = readFileSync(join(SAMPLES_DIR, readdirSync(SAMPLES_DIR).sort()[0] ?? ''), 'utf8').slice(
    20,
    600,
  );
  db.transaction(() =>
    insertImportedDocument(db, documentRecord('bench-short', text, { title: 'Een kort artikel' }), []),
  )();
  return text;
}
