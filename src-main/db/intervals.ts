/**
 * Spans sorted by start, with the largest end up to each: whether any of
 * them overlaps a given stretch, in log time. A long article has thousands
 * of annotations and suggestions; comparing each with each took seconds.
 */
export class Intervals {
  private readonly starts: number[] = [];
  private readonly reach: number[] = [];

  constructor(spans: readonly { start: number; end: number }[]) {
    let reach = -1;
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
      reach = Math.max(reach, s.end);
      this.starts.push(s.start);
      this.reach.push(reach);
    }
  }

  overlaps(start: number, end: number): boolean {
    // The last span that starts before `end`; one up to it that reaches past `start` overlaps.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.reach[lo - 1] ?? -1) > start;
  }
}

/** Spans grouped by label, each group as Intervals. */
export function intervalsByLabel(
  spans: readonly { label_id: number; start: number; end: number }[],
): Map<number, Intervals> {
  const byLabel = new Map<number, { start: number; end: number }[]>();
  for (const a of spans) {
    const list = byLabel.get(a.label_id);
    if (list) list.push(a);
    else byLabel.set(a.label_id, [a]);
  }
  return new Map([...byLabel].map(([label, list]) => [label, new Intervals(list)]));
}
