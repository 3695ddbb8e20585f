import { useTranslation } from 'react-i18next';
import { memo, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { keyIndex } from '../keys/match.ts';
import { WIDTH_LIMITS, type Side, type SideLayout } from '../state/useLayout.ts';

interface Props {
  side: Side;
  layout: SideLayout;
  /** The id of the column it resizes. */
  controls: string;
  onResize: (side: Side, width: number) => void;
  onToggle: (side: Side) => void;
}

const STEP = 16;

/**
 * The edge between a side column and the article: a window splitter (WAI-ARIA
 * APG) to drag, or to focus and move with ← / → (Home / End: narrowest /
 * widest, Enter: fold away or back), and a button that folds the column away.
 */
export const PanelEdge = memo(function PanelEdge({ side, layout, controls, onResize, onToggle }: Props) {
  const { t } = useTranslation('panels');
  const edge = useRef<HTMLDivElement>(null);
  // The column's width as laid out, for the stylesheet's default: watched, so
  // that no render has to ask the browser for a layout.
  const [laidOut, setLaidOut] = useState<number | null>(null);
  useEffect(() => {
    const column = document.getElementById(controls);
    if (!column) return;
    const watch = new ResizeObserver(() => setLaidOut(column.getBoundingClientRect().width));
    watch.observe(column);
    return () => watch.disconnect();
  }, [controls, layout.collapsed]);
  const current = () => layout.width ?? laidOut ?? WIDTH_LIMITS[side].min;
  // The list grows to the right, the panel (on the article's right) to the left.
  const grow = side === 'list' ? 1 : -1;
  const onKeyDown = (e: KeyboardEvent) => {
    // The key table's order: narrower, wider, narrowest, widest, fold.
    const key = keyIndex(e.nativeEvent, 'panel-edge');
    if (key === 0 || key === 1) onResize(side, current() + (key === 1 ? STEP : -STEP) * grow);
    else if (key === 2) onResize(side, WIDTH_LIMITS[side].min);
    else if (key === 3) onResize(side, WIDTH_LIMITS[side].max);
    else if (key === 4) onToggle(side);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    const box = edge.current?.parentElement?.getBoundingClientRect();
    if (!box) return;
    onResize(side, side === 'list' ? e.clientX - box.left : box.right - e.clientX);
  };
  const shown = !layout.collapsed;
  const width = Math.round(shown ? current() : 0);
  // Literal keys per side and action, so each is checked and found.
  const widthName = side === 'list' ? t('edge.width.list') : t('edge.width.panel');
  const action = shown
    ? side === 'list'
      ? t('edge.hide.list')
      : t('edge.hide.panel')
    : side === 'list'
      ? t('edge.show.list')
      : t('edge.show.panel');
  return (
    <div
      ref={edge}
      className={`panel-edge ${side === 'list' ? 'list-edge' : 'side-edge'}${shown ? '' : ' collapsed'}`}
    >
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label={widthName}
        aria-controls={controls}
        aria-valuenow={width}
        aria-valuemin={shown ? WIDTH_LIMITS[side].min : 0}
        aria-valuemax={WIDTH_LIMITS[side].max}
        tabIndex={0}
        className="edge-handle"
        onKeyDown={onKeyDown}
        onPointerDown={(e) => e.currentTarget.setPointerCapture(e.pointerId)}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => e.currentTarget.releasePointerCapture(e.pointerId)}
      />
      <button
        type="button"
        className="edge-toggle"
        aria-expanded={shown}
        aria-controls={controls}
        aria-label={action}
        title={t('edge.withKeys', { action, keys: side === 'list' ? 'Ctrl+B' : 'Ctrl+Alt+B' })}
        onClick={() => onToggle(side)}
      >
        <span aria-hidden="true">{(side === 'list') === shown ? '‹' : '›'}</span>
      </button>
    </div>
  );
});
