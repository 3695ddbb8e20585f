/**
 * Agreement over a team's corpus: documents × 3 annotators × spans each,
 * every measure (read included), against a bare hash-join of the same
 * spans by (label, start, end) read by the same one ordered query.
 */
import { join } from 'node:path';
import { agreementOf } from '../../src-main/agreement/from-db.ts';
import { closeDatabase, openDatabase, type Db } from '../../src-main/db/connection.ts';
import { insertImportedDocument } from '../../src-main/db/imported.ts';
import { listLabels } from '../../src-main/db/labels.ts';
import { sha256Hex } from '../../src-main/text/hash.ts';
import type { BenchRow } from './table.ts';

export interface AgreementBenchOptions {
  dir: string;
  docs: number;
  spansPerAnnotator: number;
  targets: boolean;
}

const ANNOTATORS = ['anna', 'bob', 'carl'];
const SENTENCES = [
  'De Verenigde Staten zullen hun gevechtsmissie in Irak beëindigen.',
  'Premier Mustafa al-Kazimi werd ontvangen in het Witte Huis.',
  'De VS hebben momenteel 2.500 militairen in het land.',
  'Kramp-Karrenbauer sprak met de ministers over de begroting.',
];

/** Three annotators who mostly agree: bob shifts every fifth span, carl relabels every seventh. */
function fill(db: Db, docs: number, spans: number): void {
  const labels = listLabels(db).map((l) => l.id);
  db.transaction(() => {
    for (let i = 0; i < docs; i++) {
      const text = `${i}: ${Array.from({ length: spans + 4 }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ')}`;
      const layerSpans = ANNOTATORS.flatMap((annotator, a) =>
        Array.from({ length: spans }, (_, s) => {
          const shift = a === 1 && s % 5 === 0 ? 2 : 0;
          const relabel = a === 2 && s % 7 === 0 ? 1 : 0;
          const start = s * 60 + shift;
          return {
            labelId: labels[(s + relabel) % labels.length] ?? 1,
            start,
            end: start + 12 + (s % 4) * 5,
            annotator,
          };
        }),
      );
      insertImportedDocument(
        db,
        {
          externalId: `team-${i}`,
          title: null,
          published: null,
          source: 'bench',
          text,
          textSha256: sha256Hex(text),
          meta: {},
          status: 'done',
        },
        layerSpans,
      );
    }
    const status = db.prepare(
      `INSERT INTO document_layers (document_id, layer, status) SELECT id, ?, 'done' FROM documents`,
    );
    for (const a of ANNOTATORS) status.run(a);
  })();
}

/** The floor: the same spans by one ordered query, matched pair by pair on (label, start, end) in a hash map. */
function hashJoin(db: Db): number {
  const rows = db
    .prepare(
      `SELECT document_id, annotator, label_id, start, "end" AS "end" FROM annotations
       WHERE annotator IN ('anna', 'bob', 'carl') ORDER BY document_id`,
    )
    .raw()
    .iterate() as Iterable<[number, string, number, number, number]>;
  let matches = 0;
  let current = -1;
  let layers = new Map<string, Set<string>>();
  const flush = () => {
    for (let i = 0; i < ANNOTATORS.length; i++)
      for (let j = i + 1; j < ANNOTATORS.length; j++) {
        const a = layers.get(ANNOTATORS[i] ?? '');
        const b = layers.get(ANNOTATORS[j] ?? '');
        if (a && b) for (const k of a) if (b.has(k)) matches++;
      }
  };
  for (const [doc, annotator, label, start, end] of rows) {
    if (doc !== current) {
      flush();
      layers = new Map();
      current = doc;
    }
    let set = layers.get(annotator);
    if (!set) layers.set(annotator, (set = new Set()));
    set.add(`${label}:${start}:${end}`);
  }
  flush();
  return matches;
}

/** Median times of `a` and `b`, run in turns so that a busy machine weighs on both alike. */
function interleaved(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  const times: [number[], number[]] = [[], []];
  a();
  b();
  for (let i = 0; i < runs; i++)
    for (const [k, fn] of [a, b].entries()) {
      const t = performance.now();
      fn();
      times[k]?.push(performance.now() - t);
    }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? 0;
  return [median(times[0]), median(times[1])];
}

export function runAgreementBench(o: AgreementBenchOptions): BenchRow[] {
  const path = join(o.dir, 'agreement.db');
  const db = openDatabase(path);
  try {
    fill(db, o.docs, o.spansPerAnnotator);
    const spans = o.docs * ANNOTATORS.length * o.spansPerAnnotator;
    const workload = `${o.docs.toLocaleString('en')} docs × ${ANNOTATORS.length} annotators × ${o.spansPerAnnotator} spans`;
    const [measured, floor] = interleaved(
      () => agreementOf(db, {}),
      () => hashJoin(db),
      3,
    );
    return [
      {
        figure: 'agreement, every measure (read included)',
        workload,
        value: measured,
        unit: 'ms',
        baseline: null,
        target: o.targets ? { kind: 'at-most', bound: 5000 } : { kind: 'none' },
      },
      {
        figure: 'agreement throughput, against a bare hash-join',
        workload,
        value: spans / (measured / 1000),
        unit: 'spans/s',
        baseline: { value: spans / (floor / 1000), label: 'hash-join of the same spans' },
        target: o.targets ? { kind: 'ratio-at-least', ratio: 0.5 } : { kind: 'none' },
      },
    ];
  } finally {
    closeDatabase(db);
  }
}
