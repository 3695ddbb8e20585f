import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { pointOfOffset } from '../editor/dom-offsets.ts';
import type { AnnotationView, RelationView, Role } from '../../src-main/db/model.ts';
import { arcBetween, inView, type Arc, type Box } from './connectors.ts';
import { useArticleRelayout } from './useArticleRelayout.ts';
import type { LinkingState } from './useLinking.ts';

interface Props {
  root: HTMLElement | null;
  scroller: HTMLElement | null;
  selectedId: number | null;
  annotations: readonly AnnotationView[];
  relations: readonly RelationView[];
  roles: readonly Role[];
  linking: LinkingState | null;
}

interface Drawn extends Arc {
  key: string;
  role: string;
  pending: boolean;
}

/**
 * The box of a span's first line, in the scroller's content coordinates;
 * null when its text is not in the article. Found from its offsets (a
 * binary search through chunks and paragraphs), not by searching the runs'
 * ids, which at 10,000 spans cost a millisecond an arc.
 */
function boxOf(
  root: HTMLElement,
  scroller: HTMLElement,
  span: Pick<AnnotationView, 'start' | 'end'>,
): Box | null {
  // One past the start: the run holding the span's first character, not the one ending where it starts.
  const point = pointOfOffset(root, span.start + 1);
  const length = point?.node.textContent?.length ?? 0;
  if (!point || point.offset < 1) return null;
  const range = document.createRange();
  range.setStart(point.node, point.offset - 1);
  range.setEnd(point.node, Math.min(length, point.offset - 1 + span.end - span.start));
  const rect = range.getClientRects()[0];
  if (!rect) return null;
  const frame = scroller.getBoundingClientRect();
  return {
    left: rect.left - frame.left - scroller.clientLeft + scroller.scrollLeft,
    top: rect.top - frame.top - scroller.clientTop + scroller.scrollTop,
    width: rect.width,
    height: rect.height,
  };
}

/** The innermost annotation under the pointer, from a run's `data-ids` (outermost first). */
function hoveredIdOf(target: EventTarget | null): number | null {
  const ids = target instanceof Element ? target.closest<HTMLElement>('[data-ids]')?.dataset.ids : undefined;
  const last = ids?.split(' ').at(-1);
  return last === undefined ? null : Number(last);
}

/**
 * Arcs from the selected annotation, and the one under the pointer, to the
 * spans it is linked with, named by role: only those, never all at once.
 * Drawn in the scrolled content, so they follow scrolling for free; measured
 * again when the article re-lays out, and only the arcs in view are drawn.
 */
export function Connectors({ root, scroller, selectedId, annotations, relations, roles, linking }: Props) {
  const [hoveredId, setHoveredId] = useState<number | null>(null);
  const [arcs, setArcs] = useState<Drawn[]>([]);
  const layout = useArticleRelayout(root, scroller, true, false);
  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);

  useEffect(() => {
    if (!root || !scroller) return;
    const onOver = (e: MouseEvent) => setHoveredId(hoveredIdOf(e.target));
    const onLeave = () => setHoveredId(null);
    root.addEventListener('mouseover', onOver);
    root.addEventListener('mouseleave', onLeave);
    return () => {
      root.removeEventListener('mouseover', onOver);
      root.removeEventListener('mouseleave', onLeave);
    };
  }, [root, scroller]);

  // Before paint: a new link's arc belongs in the frame of the key that made it.
  useLayoutEffect(() => {
    if (!root || !scroller) return;
    const shown = new Set([selectedId, hoveredId].filter((id) => id !== null));
    const names = new Map(roles.map((r) => [r.id, r.name]));
    const wanted: { key: string; head: number; child: number; role: string; pending: boolean }[] = relations
      .filter((r) => shown.has(r.headId) || shown.has(r.childId))
      .map((r) => ({
        key: String(r.id),
        head: r.headId,
        child: r.childId,
        role: names.get(r.roleId) ?? '',
        pending: false,
      }));
    const candidate = linking?.candidates[linking.index];
    if (linking && candidate !== undefined)
      wanted.push({
        key: 'pending',
        head: linking.headId,
        child: candidate,
        role: names.get(linking.roleId) ?? '',
        pending: true,
      });
    const viewTop = scroller.scrollTop;
    const viewBottom = viewTop + scroller.clientHeight;
    const next: Drawn[] = [];
    for (const w of wanted) {
      const head = byId.get(w.head);
      const child = byId.get(w.child);
      const from = head && boxOf(root, scroller, head);
      const to = child && boxOf(root, scroller, child);
      if (!from || !to) continue;
      const arc = arcBetween(from, to);
      if (inView(arc, viewTop, viewBottom))
        next.push({ ...arc, key: w.key, role: w.role, pending: w.pending });
    }
    setArcs(next);
  }, [root, scroller, selectedId, hoveredId, byId, relations, roles, linking, layout]);

  if (arcs.length === 0) return null;
  return (
    <svg className="connectors" aria-hidden="true">
      {arcs.map((a) => (
        <g key={a.key} className={a.pending ? 'pending' : undefined}>
          <path d={a.d} />
          <text x={a.labelX} y={a.labelY - 3}>
            {a.role}
          </text>
        </g>
      ))}
    </svg>
  );
}
