import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../../src-main/cli/commands.ts';
import { USAGE } from '../../../src-main/cli/usage.ts';
import { parseJsonlRecord } from '../../../src-main/corpus/record.ts';
import { undo } from '../../../src-main/db/annotations.ts';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { getDocument, insertDocument, listDocuments } from '../../../src-main/db/documents.ts';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../../src-main/db/model.ts';
import { corpusStats } from '../../../src-main/db/stats.ts';
import { changeStatus } from '../../../src-main/db/status.ts';
import { requests } from '../../../src-main/ipc/contract.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';

// The model's list is the one source of statuses. A status added there must
// be taken everywhere one is taken; the database's CHECK constraints are
// migration history, so a new status also needs a migration, and this fails
// until it has one.
describe.each(DOCUMENT_STATUSES)('the status %s', (status: DocumentStatus) => {
  const other = DOCUMENT_STATUSES.find((s) => s !== status) ?? status;

  it('is accepted by every call that takes a status', () => {
    expect(requests['documents.setStatus'].safeParse({ id: 1, status }).success).toBe(true);
    expect(requests['documents.list'].safeParse({ status }).success).toBe(true);
    expect(requests['corpus.export'].safeParse({ status }).success).toBe(true);
  });

  it('is accepted by the CLI and named in its usage', () => {
    expect(parseStatus(status)).toBe(status);
    expect(USAGE).toContain(`--status ${DOCUMENT_STATUSES.join('|')}`);
  });

  it('is read from an imported record', () => {
    expect(parseJsonlRecord({ text: 'Tekst.', meta: { status } }).status).toBe(status);
  });

  it('is stored, filtered, counted and undone in a real database', () => {
    const db = openDatabase(join(tempDir(), 'corpus.db'));
    insertDocument(db, documentRecord('stored', 'Opgeslagen.', { status }));
    const changed = insertDocument(db, documentRecord('changed', 'Veranderd.', { status: other }));
    changeStatus(db, changed, status);
    expect(listDocuments(db, { status, offset: 0, limit: 10 }).total).toBe(2);
    expect(corpusStats(db).documents[status]).toBe(2);
    undo(db, changed);
    changeStatus(db, changed, status);
    expect(getDocument(db, changed).status).toBe(status);
    closeDatabase(db);
  });
});
