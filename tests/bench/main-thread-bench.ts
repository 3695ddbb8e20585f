/**
 * How free the app's main thread stays while the database thread imports a
 * large corpus: the event loop's delay there, against the same import run by
 * the handlers on the main thread itself (how the app ran them before).
 */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startBackend } from '../../src-main/backend/client.ts';
import { dispatch } from '../../src-main/ipc/dispatch.ts';
import { createTestBackend, SAMPLES_DIR } from '../helpers/backend.ts';
import type { BenchRow } from './table.ts';
import { describeCorpus, generateCorpus, generateSmokeCorpus, type CorpusSpec } from './workloads.ts';

/** The delay monitor's timer interval; each sample counts the interval too, so it is taken off again. */
const RESOLUTION_MS = 1;

export interface MainThreadBenchOptions {
  dir: string;
  spec: CorpusSpec;
  targets: boolean;
  log: (message: string) => void;
}

/** The 99th percentile of this thread's event-loop delay while `work` runs, in ms. */
async function delayP99(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  try {
    await work();
  } finally {
    histogram.disable();
  }
  return Math.max(0, histogram.percentile(99) / 1e6 - RESOLUTION_MS);
}

const importOnce = async (run: () => Promise<unknown>): Promise<void> => {
  const reply = await run();
  const ok = typeof reply === 'object' && reply !== null && 'ok' in reply && reply.ok === true;
  if (!ok) throw new Error(`the import failed: ${JSON.stringify(reply).slice(0, 300)}`);
};

export async function runMainThreadBench({
  dir,
  spec,
  targets,
  log,
}: MainThreadBenchOptions): Promise<BenchRow[]> {
  log(`generating ${describeCorpus(spec)} for the main thread's delay during an import`);
  const corpus = await (targets ? generateCorpus : generateSmokeCorpus)(dir, { ...spec, seed: 3 });
  const request = { from: 'files', createLabels: true };
  let events = 0;

  log('import on the database thread, delay on the main thread');
  const backend = await startBackend({
    dbPath: join(dir, 'main-thread-worker.db'),
    annotator: 'bench',
    samplesDir: SAMPLES_DIR,
    dialogs: {
      pickImportFiles: async () => [corpus],
      pickImportFolder: async () => null,
      pickExportPath: async () => null,
    },
    // The app's main thread passes every progress event on to the window.
    emit: (_event, payload) => {
      events++;
      void JSON.stringify(payload);
    },
    log,
  });
  let ours: number;
  try {
    await backend.warmed;
    ours = await delayP99(() => importOnce(() => backend.call('corpus.import', request)));
  } finally {
    await backend.close();
  }

  log('the same import by the handlers on the main thread');
  const inProcess = createTestBackend(join(dir, 'main-thread-inline.db'));
  inProcess.dialogAnswers.files = [corpus];
  let before: number;
  try {
    before = await delayP99(() => importOnce(() => dispatch(inProcess.handlers, 'corpus.import', request)));
  } finally {
    inProcess.db.close();
  }
  if (events === 0) throw new Error('the import sent no progress events');

  return [
    {
      figure: 'main-thread event-loop delay p99 during an import',
      workload: describeCorpus(spec),
      value: ours,
      unit: 'ms',
      baseline: { value: before, label: 'the handlers on the main thread' },
      target: targets ? { kind: 'at-most', bound: 20 } : { kind: 'none' },
    },
  ];
}
