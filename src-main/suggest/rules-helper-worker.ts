/**
 * The rules helper's thread (rules-helper.ts starts it; electron-vite builds
 * it as its own entry): runs the NUMBER and TIME rules over the text it is
 * sent and answers with their finds made ready to store, then raises the
 * shared flag the waiting thread sleeps on. It warms its rules first, as
 * the database thread does (warm-cache.ts), and says so through the flag.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { attributeFilterOf, readyFinds } from '../db/suggestion-store.ts';
import { HELPER_LABELS, READY, REPLIED, type HelperReply, type HelperRequest } from './rules-helper.ts';
import { prepareRules, rulesWarmer, WARM_ROUNDS } from './rules.ts';

const { port, flags } = workerData as { port: MessagePort; flags: Int32Array };

const warm = rulesWarmer(HELPER_LABELS);
const warmLabels = HELPER_LABELS.map((name, i) => ({ name, id: i + 1 }));
const noAttributes = attributeFilterOf([]);
for (let round = 0; round < WARM_ROUNDS; round++) readyFinds(warm(), warmLabels, noAttributes);

port.on('message', (request: HelperRequest) => {
  const find = prepareRules({ labels: request.labels.map((l) => l.name), gazetteer: [] });
  const ready = readyFinds(find(request.text, request.date), request.labels, attributeFilterOf(request.defs));
  port.postMessage({ id: request.id, ready } satisfies HelperReply);
  // The reply is in the port's queue before the flag says so.
  Atomics.store(flags, REPLIED, request.id);
  Atomics.notify(flags, REPLIED);
});
Atomics.store(flags, READY, 1);
// For a thread that would rather wait for the helper than do without it (warm-cache.ts).
parentPort?.postMessage('ready');
