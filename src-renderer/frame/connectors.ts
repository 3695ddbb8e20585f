/**
 * The arcs drawn from an event to its arguments, as plain geometry: boxes in,
 * SVG paths out. The overlay (Connectors.tsx) measures the boxes; this file
 * decides the shape and which arcs are worth drawing at all.
 */

/** A box in the overlay's coordinates (the scrolled article's content). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Arc {
  /** SVG path data, from the top of `from` to the top of `to`. */
  d: string;
  /** Where the role's name sits: the arc's highest point. */
  labelX: number;
  labelY: number;
  /** The vertical extent of the arc, to tell whether it is in view. */
  top: number;
  bottom: number;
}

const LIFT_MIN = 14;
const LIFT_MAX = 56;

/**
 * A curve over the text from the middle of one span's top edge to the other's:
 * the farther apart, the higher it rises (within limits), so that arcs from one
 * event to several arguments on its line stay apart.
 */
export function arcBetween(from: Box, to: Box): Arc {
  const x1 = from.left + from.width / 2;
  const x2 = to.left + to.width / 2;
  const y1 = from.top;
  const y2 = to.top;
  const lift = Math.min(LIFT_MAX, Math.max(LIFT_MIN, Math.abs(x2 - x1) * 0.25));
  const peak = Math.min(y1, y2) - lift;
  // A cubic curve whose control points sit at `peak` reaches 3/4 of the way up.
  const controlY = Math.min(y1, y2) - (lift * 4) / 3;
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    d: `M ${r(x1)} ${r(y1)} C ${r(x1)} ${r(controlY)}, ${r(x2)} ${r(controlY)}, ${r(x2)} ${r(y2)}`,
    labelX: r((x1 + x2) / 2),
    labelY: r(peak),
    top: peak,
    bottom: Math.max(y1 + from.height, y2 + to.height),
  };
}

/** Whether an arc crosses the band of the view from `viewTop` to `viewBottom`. */
export const inView = (arc: Pick<Arc, 'top' | 'bottom'>, viewTop: number, viewBottom: number): boolean =>
  arc.bottom >= viewTop && arc.top <= viewBottom;
