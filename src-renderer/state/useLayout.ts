import { useCallback, useEffect, useState } from 'react';
import { keyIndex } from '../keys/match.ts';

/** The two side columns a user can resize and fold away: the document list and the annotation panel. */
export type Side = 'list' | 'panel';

export interface SideLayout {
  /** In CSS pixels; null until the user resizes (the stylesheet's default). */
  width: number | null;
  collapsed: boolean;
}

export type Layout = Record<Side, SideLayout>;

const KEY = 'annotator-layout';
export const WIDTH_LIMITS: Record<Side, { min: number; max: number }> = {
  list: { min: 160, max: 560 },
  panel: { min: 220, max: 720 },
};
const FRESH: Layout = { list: { width: null, collapsed: false }, panel: { width: null, collapsed: false } };

const clampWidth = (side: Side, width: number): number =>
  Math.round(Math.min(WIDTH_LIMITS[side].max, Math.max(WIDTH_LIMITS[side].min, width)));

/** The saved layout; anything unreadable counts as none (first run), never an error. */
function savedLayout(): Layout {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return FRESH;
    const side = (s: Side): SideLayout => {
      const v: unknown = (raw as Record<string, unknown>)[s];
      if (typeof v !== 'object' || v === null) return FRESH[s];
      const { width, collapsed } = v as Record<string, unknown>;
      return {
        width: typeof width === 'number' && Number.isFinite(width) ? clampWidth(s, width) : null,
        collapsed: collapsed === true,
      };
    };
    return { list: side('list'), panel: side('panel') };
  } catch {
    return FRESH;
  }
}

/**
 * The side columns' widths and whether they are folded away, remembered
 * across restarts in the window's storage, as the theme is: they belong to
 * the user and the screen, not to a corpus. Ctrl+B folds the document list,
 * Ctrl+Alt+B the annotation panel.
 */
export function useLayout() {
  const [layout, setLayout] = useState<Layout>(savedLayout);
  useEffect(() => {
    localStorage.setItem(KEY, JSON.stringify(layout));
  }, [layout]);
  const resize = useCallback(
    (side: Side, width: number) =>
      setLayout((l) => ({ ...l, [side]: { width: clampWidth(side, width), collapsed: false } })),
    [],
  );
  const toggle = useCallback(
    (side: Side) => setLayout((l) => ({ ...l, [side]: { ...l[side], collapsed: !l[side].collapsed } })),
    [],
  );
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const which = keyIndex(e, 'fold-panels');
      if (which === -1) return;
      e.preventDefault();
      toggle(which === 0 ? 'list' : 'panel');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toggle]);
  return { layout, resize, toggle };
}

/** The workspace's column widths as CSS variables (the stylesheet's defaults where unset). */
export function layoutStyle(layout: Layout): Record<string, string> {
  const style: Record<string, string> = {};
  for (const side of ['list', 'panel'] as const) {
    const { width, collapsed } = layout[side];
    if (collapsed) style[`--${side}-w`] = '0px';
    else if (width !== null) style[`--${side}-w`] = `${width}px`;
  }
  return style;
}

/** The workspace's classes for folded columns. */
export const layoutClasses = (layout: Layout): string =>
  `${layout.list.collapsed ? ' list-collapsed' : ''}${layout.panel.collapsed ? ' panel-collapsed' : ''}`;
