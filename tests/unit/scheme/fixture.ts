/**
 * A database file with a document, annotations holding attribute values and
 * relations between them, as the scheme tests start from. Values and
 * relations are written as an import would write them (their writers belong
 * to the annotation layer); the annotations themselves through the core.
 */
import { join } from 'node:path';
import { createAnnotation } from '../../../src-main/db/annotations.ts';
import type { Db } from '../../../src-main/db/connection.ts';
import { insertDocument } from '../../../src-main/db/documents.ts';
import { findLabelByName } from '../../../src-main/db/labels.ts';
import { listRoles } from '../../../src-main/db/scheme-read.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { createTestBackend, type TestBackend } from '../../helpers/backend.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';

export const NEWS_EVENTS = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'resources',
  'schemes',
  'news-events.json',
);

export const TEXT = 'De VS hebben momenteel 2.500 militairen in Irak, zei Joe Biden dinsdag.';

export function labelId(db: Db, name: string): number {
  const label = findLabelByName(db, name);
  if (!label) throw new Error(`no label ${name}`);
  return label.id;
}

export function roleId(db: Db, name: string): number {
  const role = listRoles(db).find((r) => r.name === name);
  if (!role) throw new Error(`no role ${name}`);
  return role.id;
}

export function attributeId(db: Db, label: string, name: string): number {
  const row = db
    .prepare(
      'SELECT a.id FROM attribute_defs a JOIN labels l ON l.id = a.label_id WHERE l.name = ? AND a.name = ?',
    )
    .get(label, name) as { id: number } | undefined;
  if (!row) throw new Error(`no attribute ${label}.${name}`);
  return row.id;
}

function span(db: Db, documentId: number, label: string, part: string, attributes: object = {}): number {
  const start = TEXT.indexOf(part);
  const a = createAnnotation(db, {
    documentId,
    labelId: labelId(db, label),
    start,
    end: start + part.length,
  });
  db.prepare('UPDATE annotations SET attributes = ? WHERE id = ?').run(JSON.stringify(attributes), a.id);
  return a.id;
}

export interface SchemeWorld extends TestBackend {
  path: string;
  /** Calls a handler as the window would; throws on an error reply. */
  call(method: string, payload: unknown): Promise<unknown>;
  /** The error reply of a call that must fail. */
  refusal(method: string, payload: unknown): Promise<{ code: string; message: string }>;
  ids: { event: number; number: number; actor: number; biden: number };
}

/**
 * EVENT "hebben momenteel … in Irak" (polarity positive, tense present) with
 * agent De VS and Joe Biden and quantity 2.500 (value 2500); a second EVENT
 * "zei" (polarity negative).
 */
export function schemeWorld(): SchemeWorld {
  const path = join(tempDir(), 'scheme.db');
  const backend = createTestBackend(path);
  const { db } = backend;
  const documentId = insertDocument(db, documentRecord('doc', TEXT));
  const event = span(db, documentId, 'EVENT', 'hebben momenteel 2.500 militairen in Irak', {
    polarity: 'positive',
    tense: 'present',
  });
  span(db, documentId, 'EVENT', 'zei', { polarity: 'negative' });
  const actor = span(db, documentId, 'ACTOR', 'De VS', { kind: 'country' });
  const biden = span(db, documentId, 'ACTOR', 'Joe Biden', { kind: 'person' });
  const number = span(db, documentId, 'NUMBER', '2.500', { value: 2500, mod: 'exact' });
  const relate = db.prepare(
    'INSERT INTO relations (document_id, role_id, head_id, child_id) VALUES (?, ?, ?, ?)',
  );
  relate.run(documentId, roleId(db, 'agent'), event, actor);
  relate.run(documentId, roleId(db, 'agent'), event, biden);
  relate.run(documentId, roleId(db, 'quantity'), event, number);
  const call = async (method: string, payload: unknown) => {
    const reply = await dispatch(backend.handlers, method, payload);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
    return reply.value;
  };
  const refusal = async (method: string, payload: unknown) => {
    const reply = await dispatch(backend.handlers, method, payload);
    if (reply.ok) throw new Error(`${method} was not refused`);
    // The code and main's English, as the CLI and API callers read them (the window's `text` aside).
    return { code: reply.error.code, message: reply.error.message };
  };
  return { ...backend, path, call, refusal, ids: { event, number, actor, biden } };
}

/** Each annotation's attributes, by id. */
export function attributesById(db: Db): Record<number, unknown> {
  const rows = db.prepare('SELECT id, attributes FROM annotations ORDER BY id').all() as {
    id: number;
    attributes: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.id, JSON.parse(r.attributes) as unknown]));
}
