/** A real database file with one document, for the relation and attribute tests; reopen it to test persisted undo. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { insertDocument } from '../../../src-main/db/documents.ts';
import { createAnnotation } from '../../../src-main/db/annotations.ts';
import { findLabelByName } from '../../../src-main/db/labels.ts';
import { listRoles } from '../../../src-main/db/scheme-read.ts';
import type { Annotation } from '../../../src-main/db/model.ts';
import { sha256Hex } from '../../../src-main/text/hash.ts';

export const TEXT = 'De VS zeiden dat 2.500 militairen in 🇺🇸-kampen blijven, meldde premier al-Kazimi.';

export interface Fixture {
  db: Db;
  path: string;
  documentId: number;
  label: (name: string) => number;
  role: (name: string) => number;
  /** Annotates the first occurrence of `part` with `label`. */
  annotate: (label: string, part: string) => Annotation;
  /** Closes the file and opens it again, as a restart of the app does. */
  reopen: () => void;
}

export function setup(): Fixture {
  const path = join(mkdtempSync(join(tmpdir(), 'annotator-frames-')), 'frames.db');
  const fixture: Fixture = {
    db: openDatabase(path),
    path,
    documentId: 0,
    label: (name) => {
      const found = findLabelByName(fixture.db, name);
      if (!found) throw new Error(`seeded label ${name} missing`);
      return found.id;
    },
    role: (name) => {
      const found = listRoles(fixture.db).find((r) => r.name === name);
      if (!found) throw new Error(`seeded role ${name} missing`);
      return found.id;
    },
    annotate: (label, part) => {
      const start = TEXT.indexOf(part);
      if (start < 0) throw new Error(`"${part}" is not in the text`);
      return createAnnotation(fixture.db, {
        documentId: fixture.documentId,
        labelId: fixture.label(label),
        start,
        end: start + part.length,
      });
    },
    reopen: () => {
      closeDatabase(fixture.db);
      fixture.db = openDatabase(path);
    },
  };
  fixture.documentId = insertDocument(fixture.db, {
    externalId: 'frames',
    title: null,
    published: null,
    source: null,
    text: TEXT,
    textSha256: sha256Hex(TEXT),
    meta: {},
    status: 'todo',
  });
  return fixture;
}
