import type { AnnotationView, Label } from '../../src-main/db/model.ts';

export interface HighlightContext {
  annotations: ReadonlyMap<number, AnnotationView>;
  labels: ReadonlyMap<number, Label>;
  selectedId: number | null;
}

/** How a run is highlighted: the annotations covering it, its tooltip, its background class and inline style. */
export interface Highlight {
  ids: number[];
  hint: string;
  tone: string;
  style: string;
}

const UNDERLINE = 3;

/** The class that gives a run its outermost label's background (see labelTones). */
export function highlightTone(ids: readonly number[], ctx: HighlightContext): string {
  const outer = ctx.annotations.get(ids[0] ?? -1);
  return outer ? `tone-${outer.labelId}` : ids.length ? 'tone-unknown' : '';
}

/**
 * Every layer stays visible: the outermost span colours the background (a
 * class per label, so the thousands of runs of a long article share their
 * style), each inner one adds an underline bar of its label colour below the
 * previous, and the selected annotation gets a ring; those two, rarer, are
 * inline. Colours are mixed with transparency so the text reads in both themes.
 */
export function highlightStyle(ids: readonly number[], ctx: HighlightContext): string {
  if (ids.length === 0) return '';
  const colors = ids.map((id) => {
    const a = ctx.annotations.get(id);
    return (a && ctx.labels.get(a.labelId)?.color) ?? '#888888';
  });
  const inner = colors.slice(1);
  const parts: string[] = [];
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

/** The style sheet behind highlightTone: one background rule per label. */
export function labelTones(labels: readonly Label[]): string {
  const rule = (name: string, color: string) =>
    `.article-text .${name} { background-color: color-mix(in srgb, ${color} 32%, transparent); }`;
  return [rule('tone-unknown', '#888888'), ...labels.map((l) => rule(`tone-${l.id}`, l.color))].join('\n');
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
