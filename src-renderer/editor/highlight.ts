import type { Annotation, Label } from '../../src-main/db/model.ts';

export interface HighlightContext {
  annotations: ReadonlyMap<number, Annotation>;
  labels: ReadonlyMap<number, Label>;
  selectedId: number | null;
}

const UNDERLINE = 3;

/**
 * Every layer stays visible: the outermost span colours the background, each
 * inner one adds an underline bar of its label colour below the previous.
 * Colours are mixed with transparency so the text reads in both themes.
 */
export function highlightStyle(ids: readonly number[], ctx: HighlightContext): string {
  if (ids.length === 0) return '';
  const colors = ids.map((id) => {
    const a = ctx.annotations.get(id);
    return (a && ctx.labels.get(a.labelId)?.color) ?? '#888888';
  });
  const [outer, ...inner] = colors;
  const parts = [`background-color: color-mix(in srgb, ${outer} 32%, transparent)`];
  const shadows = inner.map((c, i) => `inset 0 -${(i + 1) * UNDERLINE}px 0 ${c}`);
  if (ids.includes(ctx.selectedId ?? -1)) {
    const selected = ctx.annotations.get(ctx.selectedId ?? -1);
    const color = (selected && ctx.labels.get(selected.labelId)?.color) ?? '#888888';
    shadows.unshift(`0 0 0 2px ${color}`);
    parts.push('border-radius: 2px');
  }
  if (shadows.length) parts.push(`box-shadow: ${shadows.join(', ')}`);
  if (inner.length) parts.push(`padding-bottom: ${inner.length * UNDERLINE}px`);
  return parts.join('; ');
}

/** The tooltip of a run: every label that covers it. */
export function highlightHint(ids: readonly number[], ctx: HighlightContext): string {
  return ids
    .map((id) => {
      const a = ctx.annotations.get(id);
      return a ? (ctx.labels.get(a.labelId)?.name ?? '?') : '?';
    })
    .join(' · ');
}
