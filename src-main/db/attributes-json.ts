/**
 * The one stored form of a span's attributes. Apart from the rows module so
 * that the import's parser thread can make it without the database code.
 */
import type { Attributes } from './model.ts';

/** Attributes as stored: keys in name order, so equal values are equal text. */
export function attributesJson(attributes: Attributes): string {
  const names = Object.keys(attributes).sort();
  if (names.length === 0) return '{}';
  return `{${names.map((n) => `${JSON.stringify(n)}:${JSON.stringify(attributes[n])}`).join(',')}}`;
}
