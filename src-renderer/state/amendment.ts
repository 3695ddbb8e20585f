import type { AnnotationView, AttributeValue, Fragment } from '../../src-main/db/model.ts';

/**
 * What the annotation panel and the fragment keys change, drawn at once:
 * attribute values by name (null unsets one), the fragments with the extent
 * they give (null: contiguous again), the note and the flag.
 */
export interface Amendment {
  attributes?: Record<string, AttributeValue | null>;
  fragments?: Fragment[] | null;
  start?: number;
  end?: number;
  note?: string | null;
  flag?: string | null;
}

/** The annotation as `changes` leave it, as the database will store it. */
export function amended(a: AnnotationView, changes: Amendment): AnnotationView {
  const next = { ...a, ...changes, attributes: a.attributes };
  if (changes.attributes) {
    const entries = Object.entries({ ...a.attributes, ...changes.attributes });
    // null unsets; keys in name order, as stored.
    const kept = entries.filter((e): e is [string, AttributeValue] => e[1] !== null);
    next.attributes = Object.fromEntries(kept.sort(([x], [y]) => (x < y ? -1 : 1)));
  }
  return next;
}
