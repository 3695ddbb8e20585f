import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes JSONL lines (objects are stringified, strings written as they are). */
export function writeJsonl(dir: string, name: string, lines: readonly unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
}

/** Python's `text[start:end]`: slicing by code points. */
export const pySlice = (text: string, start: number, end: number): string =>
  [...text].slice(start, end).join('');
