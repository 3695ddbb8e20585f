/**
 * A small stand-in for ../shared/tools/gen-corpus.mjs, for smoke runs in a
 * clone without ../shared: sentences from the bundled samples, whole-word
 * spans, code-point offsets, the same JSONL shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100' },
    chars: { type: 'string', default: '1000' },
    spans: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
  },
});
const samples = join(import.meta.dirname, '..', '..', 'resources', 'samples');
const sentences = readdirSync(samples)
  .flatMap((f) =>
    readFileSync(join(samples, f), 'utf8')
      .replace(/^\s*date \S+\s*/, '')
      .split(/(?<=[.!?])\s+/),
  )
  .filter((s) => s.length > 20);
let state = Number(values.seed) || 1;
const rand = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const labels = ['EVENT', 'NUMBER', 'ACTOR'];
for (let d = 0; d < Number(values.docs); d++) {
  let text = '';
  while (text.length < Number(values.chars))
    text += `${sentences[Math.floor(rand() * sentences.length)] ?? ''} `;
  text = text.trim();
  const cps = [...text];
  const words: [number, number][] = [];
  for (let i = 0, w = -1; i <= cps.length; i++) {
    const isWord = i < cps.length && /[\p{L}\p{N}]/u.test(cps[i] ?? '');
    if (isWord && w < 0) w = i;
    if (!isWord && w >= 0) {
      words.push([w, i]);
      w = -1;
    }
  }
  const spans = Array.from({ length: Number(values.spans) }, () => {
    const [start, end] = words[Math.floor(rand() * words.length)] ?? [0, 1];
    return {
      start,
      end,
      label: labels[Math.floor(rand() * 3)] ?? 'EVENT',
      text: cps.slice(start, end).join(''),
    };
  }).sort((a, b) => a.start - b.start || a.end - b.end);
  process.stdout.write(
    `${JSON.stringify({ id: `smoke-${values.seed}-${d}`, text, meta: { source: 'smoke' }, spans })}\n`,
  );
}
