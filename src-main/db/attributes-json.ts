/**
 * The one stored form of a span's attributes. Apart from the rows module so
 * that the import's parser thread can make it without the database code.
 */
import type { Attributes } from './model.ts';

const inOrder = (names: readonly string[]): boolean =>
  names.every((n, i) => i === 0 || (names[i - 1] ?? '') < n);

/** Attributes as stored: keys in name order, so equal values are equal text. */
export function attributesJson(attributes: Attributes): string {
  const names = Object.keys(attributes);
  if (names.length === 0) return '{}';
  // Keys already in that order (as a file and the scheme usually give them) are written as they are, in one call.
  if (inOrder(names)) return JSON.stringify(attributes);
  names.sort();
  return `{${names.map((n) => `${JSON.stringify(n)}:${JSON.stringify(attributes[n])}`).join(',')}}`;
}
