import type { AnnotationView, Label } from '../../src-main/db/model.ts';
import type { SuggestionView } from '../suggest/suggestion.ts';
import { readableInk } from './contrast.ts';

export interface HighlightContext {
  annotations: ReadonlyMap<number, AnnotationView>;
  labels: ReadonlyMap<number, Label>;
  selectedId: number | null;
  suggestions: ReadonlyMap<number, SuggestionView>;
  selectedSuggestionId: number | null;
  suggestedHint?: SuggestedHint;
}

/** How a tooltip names a suggestion, in the interface language: its label and rule. */
export type SuggestedHint = (label: string, rule: string) => string;

/** Without the interface's wording (as in tests), the label and rule alone. */
const bareHint: SuggestedHint = (label, rule) => `${label} (${rule})`;

/**
 * How a run is highlighted: the annotations covering it, its tooltip, its
 * background class and inline style, the labels of the annotations that start
 * on it and the class colouring their badge; and the suggestions covering it,
 * their outline's classes and the label its badge names (on a suggestion's
 * first run).
 */
export interface Highlight {
  ids: number[];
  hint: string;
  tone: string;
  style: string;
  label: string;
  labelTone: string;
  sids: number[];
  outline: string;
  badge: string;
}

/** The outline classes of a suggestion's runs (article.css draws them). */
export const SUGGESTED = 'suggested';
export const SUGGESTION_SELECTED = 'suggestion-selected';

const UNDERLINE = 3;
/** The page's colour shows between two underline bars, so their number reads without their colours. */
const BAR_GAP = 1;

/** How much of its label's colour a highlight's background takes (the rest is the page). */
export const TINT = 0.32;

/** The class that gives a run its outermost label's background (see labelTones). */
export function highlightTone(ids: readonly number[], ctx: HighlightContext): string {
  const outer = ctx.annotations.get(ids[0] ?? -1);
  return outer ? `tone-${outer.labelId}` : ids.length ? 'tone-unknown' : '';
}

/**
 * Every layer stays visible: the outermost span colours the background (a
 * class per label, so the thousands of runs of a long article share their
 * style), each inner one adds an underline bar of its label colour below the
 * previous, parted from it by a gap, and the selected annotation gets a ring;
 * those two, rarer, are inline. Colours are mixed with transparency so the
 * text reads in both themes.
 */
export function highlightStyle(ids: readonly number[], ctx: HighlightContext): string {
  if (ids.length === 0) return '';
  const colors = ids.map((id) => {
    const a = ctx.annotations.get(id);
    return (a && ctx.labels.get(a.labelId)?.color) ?? '#888888';
  });
  const inner = colors.slice(1);
  const parts: string[] = [];
  const step = UNDERLINE + BAR_GAP;
  // Each bar is drawn over the gap below the next one (earlier shadows paint on top).
  const shadows = inner.flatMap((c, i) => [
    `inset 0 -${i * step + UNDERLINE}px 0 ${c}`,
    ...(i + 1 < inner.length ? [`inset 0 -${(i + 1) * step}px 0 var(--bg)`] : []),
  ]);
  if (ids.includes(ctx.selectedId ?? -1)) {
    const selected = ctx.annotations.get(ctx.selectedId ?? -1);
    const color = (selected && ctx.labels.get(selected.labelId)?.color) ?? '#888888';
    shadows.unshift(`0 0 0 2px ${color}`);
    parts.push('border-radius: 2px');
  }
  if (shadows.length) parts.push(`box-shadow: ${shadows.join(', ')}`);
  if (inner.length) parts.push(`padding-bottom: ${inner.length * step - BAR_GAP}px`);
  return parts.join('; ');
}

/**
 * The classes of a run under suggestions: a dashed outline in the outermost
 * one's label colour (no fill: it is not an annotation yet), closed at the
 * suggestion's first and last run, solid when it is the selected one. A class
 * per label, like the tones, so the runs share their style.
 */
export function suggestionOutline(
  sids: readonly number[],
  piece: { start: number; end: number },
  ctx: HighlightContext,
): string {
  const outer = ctx.suggestions.get(sids[0] ?? -1);
  if (!outer) return '';
  const classes = [SUGGESTED, `outline-${outer.labelId}`];
  if (outer.start === piece.start) classes.push('suggestion-start');
  if (outer.end === piece.end) classes.push('suggestion-end');
  if (sids.includes(ctx.selectedSuggestionId ?? -1)) classes.push(SUGGESTION_SELECTED);
  return classes.join(' ');
}

/** The label a suggestion's first run names in its badge, so the label reads without its colour. */
export function suggestionBadge(
  sids: readonly number[],
  piece: { start: number },
  ctx: HighlightContext,
): string {
  const outer = ctx.suggestions.get(sids[0] ?? -1);
  return outer && outer.start === piece.start ? (ctx.labels.get(outer.labelId)?.name ?? '?') : '';
}

/**
 * The names of the annotations that start on this run, outermost first, for
 * its badge, so a label reads without its colour; and the class giving the
 * badge the outermost one's colour (see labelTones).
 */
export function labelBadge(
  ids: readonly number[],
  piece: { start: number },
  ctx: HighlightContext,
): Pick<Highlight, 'label' | 'labelTone'> {
  const starting = ids.flatMap((id) => {
    const a = ctx.annotations.get(id);
    return a && a.start === piece.start ? [a] : [];
  });
  const first = starting[0];
  if (!first) return { label: '', labelTone: '' };
  return {
    label: starting.map((a) => ctx.labels.get(a.labelId)?.name ?? '?').join(' · '),
    labelTone: `starts-${first.labelId}`,
  };
}

/**
 * The style sheet behind highlightTone, labelBadge and suggestionOutline: one
 * background, one badge and one outline colour per label.
 */
export function labelTones(labels: readonly Label[]): string {
  const rule = (name: string, color: string) =>
    `.article-text .${name} { background-color: color-mix(in srgb, ${color} ${TINT * 100}%, transparent); }`;
  const badge = (id: number, color: string) =>
    `.article-text .starts-${id} { --badge: ${color}; --badge-ink: ${readableInk(color)}; }`;
  const outline = (id: number, color: string) => `.article-text .outline-${id} { --suggested: ${color}; }`;
  return [
    rule('tone-unknown', '#888888'),
    ...labels.map((l) => rule(`tone-${l.id}`, l.color)),
    ...labels.map((l) => badge(l.id, l.color)),
    ...labels.map((l) => outline(l.id, l.color)),
  ].join('\n');
}

/** The tooltip of a run: every label that covers it, then every suggestion. */
export function highlightHint(
  ids: readonly number[],
  ctx: HighlightContext,
  sids: readonly number[] = [],
): string {
  const annotations = ids.map((id) => {
    const a = ctx.annotations.get(id);
    return a ? (ctx.labels.get(a.labelId)?.name ?? '?') : '?';
  });
  const suggestions = sids.map((id) => {
    const s = ctx.suggestions.get(id);
    return (ctx.suggestedHint ?? bareHint)(
      s ? (ctx.labels.get(s.labelId)?.name ?? '?') : '?',
      s?.rule ?? '?',
    );
  });
  return [...annotations, ...suggestions].join(' · ');
}
