/**
 * Which format an input file is in when `import` is not told: by its
 * extension where only one format uses it (`.json`: Label Studio), by the
 * keys of its first record where several do (`.jsonl`: ours, doccano or
 * Prodigy). A first record that fits none or several is refused, asking
 * for --format, rather than guessed.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { FormatName } from './types.ts';
import { type MainText, type Param, say } from '../text/messages/say.ts';

/**
 * Keys that only another tool writes at the top of a record: our parser
 * refuses them, so a record with any of them is not ours, whatever else it
 * has (doccano's relation layout has `relations`, Prodigy's has `spans`).
 */
const SIGNS: { format: FormatName; keys: readonly string[] }[] = [
  { format: 'doccano', keys: ['label', 'labels', 'entities'] },
  { format: 'prodigy', keys: ['tokens', '_input_hash', '_task_hash', 'answer'] },
];

/** Enough of the file for its first record; a longer first line is read as ours and checked as ours. */
const PEEK_BYTES = 1024 * 1024;

function head(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(PEEK_BYTES);
    const read = readSync(fd, buffer, 0, PEEK_BYTES, 0);
    return buffer
      .subarray(0, read)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

const firstLine = (path: string): string =>
  head(path)
    .split('\n')
    .find((l) => l.trim() !== '') ?? '';

/**
 * A `.json` is read as Label Studio's export only when it looks like one (a
 * list or object with a `data` key near its start): other JSON in a folder
 * (a scheme file, say) is reported as not read instead of failing the import.
 */
export function detectJson(path: string): { format: FormatName } | { problem: MainText } {
  const start = head(path);
  if (/^\s*[[{]/.test(start) && start.includes('"data"')) return { format: 'labelstudio' };
  return { problem: say('readers.detect.notLabelStudio') };
}

/** Format names as "a and b" (and c), in the window's language. */
function both(names: readonly string[]): Param {
  const [first, ...rest] = names;
  if (first === undefined) return '';
  return rest.length === 0 ? first : say('readers.detect.and', { first, rest: both(rest) });
}

/** The format of a `.jsonl` file, or why it cannot be told. */
export function detectJsonl(path: string): { format: FormatName } | { problem: MainText } {
  let first: unknown;
  try {
    first = JSON.parse(firstLine(path));
  } catch {
    // Not a readable first record: our own import reports it at file:line.
    return { format: 'jsonl' };
  }
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return { format: 'jsonl' };
  const keys = Object.keys(first);
  const formats = SIGNS.filter((s) => s.keys.some((k) => keys.includes(k))).map((s) => s.format);
  if (formats.length === 1 && formats[0]) return { format: formats[0] };
  // Ours, or a record (`text`, `id`) that every one of them reads the same: ours checks it.
  if (formats.length === 0) return { format: 'jsonl' };
  return { problem: say('readers.detect.ambiguous', { formats: both(formats), keys: keys.join(', ') }) };
}
