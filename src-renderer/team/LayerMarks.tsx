import { useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationView, Label } from '../../src-main/db/model.ts';
import { pointOfOffset } from '../editor/dom-offsets.ts';
import { coveredText } from '../editor/fragments.ts';
import { initials, layerColor } from './layer-names.ts';

/** One read-only layer beside the edited one. */
export interface ShownLayer {
  name: string;
  annotations: readonly AnnotationView[];
}

interface Props {
  root: HTMLElement | null;
  scroller: HTMLElement | null;
  text: string;
  layers: readonly ShownLayer[];
  labels: ReadonlyMap<number, Label>;
}

interface Mark {
  key: string;
  layer: string;
  title: string;
  bars: { left: number; top: number; width: number }[];
  badge: { left: number; top: number };
}

/** The line boxes of text from `start` to `end`, in the scroller's content coordinates. */
function boxesOf(root: HTMLElement, scroller: HTMLElement, start: number, end: number): DOMRect[] {
  const from = pointOfOffset(root, start + 1);
  const to = pointOfOffset(root, end);
  if (!from || !to || from.offset < 1) return [];
  const range = document.createRange();
  range.setStart(from.node, from.offset - 1);
  range.setEnd(to.node, to.offset);
  const frame = scroller.getBoundingClientRect();
  const dx = scroller.scrollLeft - frame.left - scroller.clientLeft;
  const dy = scroller.scrollTop - frame.top - scroller.clientTop;
  return [...range.getClientRects()]
    .filter((r) => r.width > 0)
    .map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
}

/**
 * Other layers' spans, drawn under the text as a line in the annotator's
 * colour with their initials at the start; hovering names the annotator,
 * label and text. Read-only: nothing here can be selected or changed.
 */
export function LayerMarks({ root, scroller, text, layers, labels }: Props) {
  const { t } = useTranslation('team');
  const [marks, setMarks] = useState<Mark[]>([]);
  const [layout, setLayout] = useState(0);
  useEffect(() => {
    if (!root) return;
    const resized = new ResizeObserver(() => setLayout((n) => n + 1));
    resized.observe(root);
    return () => resized.disconnect();
  }, [root]);
  useLayoutEffect(() => {
    if (!root || !scroller) return;
    const next: Mark[] = [];
    layers.forEach((layer, row) => {
      for (const a of layer.annotations) {
        const pieces = a.fragments ?? [[a.start, a.end]];
        const boxes = pieces.flatMap(([s, e]) => boxesOf(root, scroller, s, e));
        const first = boxes[0];
        if (!first) continue;
        const label = labels.get(a.labelId)?.name ?? '?';
        next.push({
          key: `${layer.name}:${a.id}`,
          layer: layer.name,
          title: t('layers.mark', { layer: layer.name, label, text: coveredText(text, a) }),
          bars: boxes.map((b) => ({ left: b.left, top: b.bottom + 1 + row * 3, width: b.width })),
          // Side by side where several layers start at one place.
          badge: { left: first.left + row * 11, top: first.top - 9 },
        });
      }
    });
    setMarks(next);
  }, [root, scroller, text, layers, labels, layout, t]);

  return (
    <div className="layer-marks" aria-label={t('layers.marks')}>
      {marks.map((m) => (
        <div
          key={m.key}
          className="layer-mark"
          data-layer={m.layer}
          style={{ ['--layer' as string]: layerColor(m.layer) }}
        >
          {m.bars.map((b, i) => (
            <span key={i} className="layer-bar" style={{ left: b.left, top: b.top, width: b.width }} />
          ))}
          <span
            className="layer-badge"
            title={m.title}
            aria-label={m.title}
            style={{ left: m.badge.left, top: m.badge.top }}
          >
            {initials(m.layer)}
          </span>
        </div>
      ))}
    </div>
  );
}
