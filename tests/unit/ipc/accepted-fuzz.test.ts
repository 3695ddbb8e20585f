import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { methods, requests, type Method } from '../../../src-main/ipc/contract.ts';
import { createTestBackend, SAMPLES_DIR, type TestBackend } from '../../helpers/backend.ts';
import { acceptedPayloads, type World } from './accepted-payloads.ts';
import {
  addImported,
  createSeedDatabase,
  problemsSince,
  readImportState,
  writeSeedCorpus,
  type ImportState,
} from './seed.ts';

/** Offsets where a text ends, or where a surrogate pair sits (either side and between its halves). */
function edgeOffsets(texts: readonly string[]): number[] {
  const edges = new Set<number>();
  for (const text of texts) {
    for (const d of [-1, 0, 1]) edges.add(Math.max(0, text.length + d));
    for (let i = 0; i < text.length; i++) {
      if (/[\ud800-\udbff]/.test(text.charAt(i))) [i, i + 1, i + 2].forEach((o) => edges.add(o));
    }
  }
  return [...edges];
}

/** What the native dialogs answer: cancel, nothing, missing files, a folder, junk, or real corpora. */
function dialogScripts(dir: string): fc.Arbitrary<TestBackend['dialogAnswers']> {
  const junk = join(dir, 'junk.jsonl');
  writeFileSync(
    junk,
    '{"id": 1, "text": "\\ud800"}\n\u0000\u00ff garbage\n{"text":"x","spans":[{"start":0,"end":9}]}\n',
  );
  const unknownLabel = join(dir, 'unknown-label.jsonl');
  writeFileSync(
    unknownLabel,
    JSON.stringify({
      id: 'nieuw',
      text: 'Een 𝔘 nieuw label.',
      spans: [{ start: 0, end: 3, label: 'PLAATS' }],
    }) + '\n',
  );
  const seed = writeSeedCorpus(dir);
  const files = fc.constantFrom<string[] | null>(
    null,
    [],
    [join(dir, 'missing.jsonl')],
    [junk],
    [unknownLabel],
    [seed, seed],
    [dir],
    [SAMPLES_DIR],
  );
  const folder = fc.constantFrom<string | null>(null, dir, join(dir, 'missing'), junk, SAMPLES_DIR);
  const exportPath = fc.constantFrom<string | null>(
    null,
    join(dir, 'out.jsonl'),
    join(dir, 'missing', 'out.jsonl'),
    dir,
  );
  return fc.record({ files, folder, exportPath });
}

/** Runs per call; imports and exports read and write files, so fewer of them. */
const RUNS: Partial<Record<Method, number>> = {
  'corpus.import': 15,
  'corpus.export': 15,
  'scheme.import': 15,
  'scheme.export': 15,
};

describe('IPC fuzzing of accepted payloads', () => {
  let dir: string;
  let backend: TestBackend;
  let world: World;
  let imported: ImportState;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'annotator-accepted-'));
    const seed = await createSeedDatabase(dir);
    copyFileSync(seed, join(dir, 'fuzz.db'));
    backend = createTestBackend(join(dir, 'fuzz.db'));
    imported = readImportState(backend.db);
    const texts = backend.db.prepare('SELECT text FROM documents ORDER BY id').pluck().all() as string[];
    world = {
      documentIds: backend.db.prepare('SELECT id FROM documents').pluck().all() as number[],
      labelIds: backend.db.prepare('SELECT id FROM labels').pluck().all() as number[],
      annotationIds: imported.annotations.map((a) => a.id),
      roleIds: backend.db.prepare('SELECT id FROM roles').pluck().all() as number[],
      frames: backend.db
        .prepare(
          `SELECT r.id AS roleId, h.id AS headId, c.id AS childId
           FROM roles r
           JOIN role_labels f ON f.role_id = r.id AND f.side = 'from'
           JOIN role_labels t ON t.role_id = r.id AND t.side = 'to'
           JOIN annotations h ON h.label_id = f.label_id
           JOIN annotations c ON c.label_id = t.label_id AND c.document_id = h.document_id
           ORDER BY 1, 2, 3`,
        )
        .all() as World['frames'],
      relationIds: [1, 2, 3, 4],
      attributeNames: backend.db
        .prepare('SELECT DISTINCT name FROM attribute_defs')
        .pluck()
        .all() as string[],
      attributeIds: backend.db.prepare('SELECT id FROM attribute_defs').pluck().all() as number[],
      edgeOffsets: edgeOffsets(texts),
    };
  });

  afterAll(() => {
    backend.db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Sends one accepted payload, with the dialogs scripted; no reply may be INTERNAL. */
  async function sendAccepted(method: Method, payload: unknown, dialogs: TestBackend['dialogAnswers']) {
    // The arbitraries must stay within the contract, or this test would prove nothing.
    expect(requests[method].safeParse(payload).success, `${method} ${JSON.stringify(payload)}`).toBe(true);
    Object.assign(backend.dialogAnswers, dialogs);
    const reply = await dispatch(backend.handlers, method, payload);
    if (!reply.ok) expect(reply.error.code, `${method}: ${reply.error.message}`).not.toBe('INTERNAL');
    if (method === 'corpus.import' && reply.ok) addImported(backend.db, imported);
  }

  /**
   * Undoes every edit of every document, then links every event of the seed
   * to every argument the scheme allows: each call is fuzzed on the seed's
   * annotations with relations among them. Returns the world as it is then.
   */
  async function freshStart(): Promise<World> {
    for (const documentId of world.documentIds) {
      while ((await dispatch(backend.handlers, 'history.undo', { documentId })).ok);
    }
    for (const frame of world.frames) await dispatch(backend.handlers, 'relations.create', frame);
    const relationIds = backend.db.prepare('SELECT id FROM relations').pluck().all() as number[];
    return { ...world, relationIds: relationIds.length ? relationIds : world.relationIds };
  }

  it.each(methods)('%s: a payload the contract accepts never fails as INTERNAL', async (method) => {
    const payloads = acceptedPayloads(await freshStart())[method] as fc.Arbitrary<unknown>;
    await fc.assert(
      fc.asyncProperty(payloads, dialogScripts(dir), (payload, dialogs) =>
        sendAccepted(method, payload, dialogs),
      ),
      { numRuns: RUNS[method] ?? 100, seed: 20261206 },
    );
    // Whatever was refused or done, the annotations still follow from the history and the counts from the rows.
    expect(problemsSince(backend.db, imported)).toEqual([]);
  });

  it('mixed sequences of accepted calls never fail as INTERNAL and keep the histories whole', async () => {
    const all = acceptedPayloads(await freshStart());
    // Imports and exports are slow and already fuzzed above.
    const call = fc.oneof(
      ...methods
        .filter((m) => m !== 'corpus.import' && m !== 'corpus.export')
        .map((m) => (all[m] as fc.Arbitrary<unknown>).map((payload) => ({ method: m, payload }))),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(call, { maxLength: 25 }), dialogScripts(dir), async (calls, dialogs) => {
        for (const { method, payload } of calls) await sendAccepted(method, payload, dialogs);
        expect(problemsSince(backend.db, imported)).toEqual([]);
      }),
      { numRuns: 40, seed: 20261206 },
    );
  });
});
