/**
 * The pieces of a discontinuous annotation ("trokken … terug"), as the editor
 * draws, lists and edits them. A contiguous annotation is one piece: its own
 * start and end. Offsets are UTF-16 code units, like everywhere in the editor.
 */
import type { Fragment } from '../../src-main/db/model.ts';

export interface Fragmented {
  start: number;
  end: number;
  fragments?: readonly (readonly [number, number])[] | null;
}

/** The annotation's pieces in text order: its fragments, or its one span. */
export const partsOf = (a: Fragmented): readonly (readonly [number, number])[] =>
  a.fragments && a.fragments.length > 0 ? a.fragments : [[a.start, a.end]];

/** Whether the character at `offset` belongs to the annotation (not to a gap between its fragments). */
export const covers = (a: Fragmented, offset: number): boolean =>
  a.start <= offset && offset < a.end && partsOf(a).some(([s, e]) => s <= offset && offset < e);

/** What the annotation covers, its gaps shown as " … ". */
export const coveredText = (text: string, a: Fragmented): string =>
  partsOf(a)
    .map(([s, e]) => text.slice(s, e))
    .join(' … ');

/** Where an annotation's pieces put it: its extent, and its fragments (null when one piece is left). */
export interface Shape {
  start: number;
  end: number;
  fragments: Fragment[] | null;
}

function shapeOf(parts: readonly (readonly [number, number])[]): Shape {
  const sorted = [...parts].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // Pieces that overlap or touch are one piece: fragments never overlap.
  const merged: Fragment[] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const first = merged[0] ?? [0, 0];
  const last = merged[merged.length - 1] ?? first;
  return { start: first[0], end: last[1], fragments: merged.length > 1 ? merged : null };
}

/**
 * The annotation with the range `start`–`end` added as a fragment, in text
 * order; a range that overlaps or touches a piece joins it, and one wholly
 * inside a piece adds nothing (null: there is nothing to change).
 */
export function withFragment(a: Fragmented, start: number, end: number): Shape | null {
  const parts = partsOf(a);
  if (parts.some(([s, e]) => s <= start && end <= e)) return null;
  return shapeOf([...parts, [start, end]]);
}

/**
 * The annotation without the fragment holding `offset`; null when there is
 * none there, or it is the only piece (deleting the annotation is another key).
 */
export function withoutFragmentAt(a: Fragmented, offset: number): Shape | null {
  const parts = partsOf(a);
  if (parts.length < 2) return null;
  // A caret just after a fragment's last character is on it too.
  const kept = parts.filter(([s, e]) => !(s <= offset && offset <= e));
  return kept.length === parts.length ? null : shapeOf(kept);
}
