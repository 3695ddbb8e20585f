/**
 * What the article view must redraw after a change, worked out without
 * touching the editor. A keypress changes one annotation in a document that
 * may have 10,000: only the paragraphs under what changed are looked at, and
 * of those only the ones that look different are redrawn. Where only the
 * colours or ids of the runs changed (not where they start and end), the runs
 * are restyled in place, so a selection or a mouse drag over them survives.
 *
 * Highlights come in as they are needed. A new text is drawn with highlights
 * in its first chunks only and as plain text after them: that is what shows
 * when a document opens, and a million characters with 10,000 spans make
 * ~25,000 runs against ~3,000 plain ones. The rest are detailed later, a
 * chunk at a time (`widen`, run by SyncPlugin when the page is idle or a chunk
 * scrolls into view), and any paragraph an edit or the selection touches is
 * detailed at once.
 */
import type { AnnotationView, Label } from '../../src-main/db/model.ts';
import type { SuggestionView } from '../suggest/suggestion.ts';
import { changedSpans, paragraphsUnder } from './dirty-paragraphs.ts';
import {
  highlightHint,
  highlightStyle,
  highlightTone,
  labelBadge,
  suggestionBadge,
  suggestionOutline,
  type Highlight,
  type HighlightContext,
  type SuggestedHint,
} from './highlight.ts';
import { buildParagraphs, CHUNK, paragraphOf, type Paragraph, type Piece } from './segments.ts';

export type DrawnPiece =
  ({ kind: 'text'; start: number; end: number } & Highlight) | { kind: 'break'; at: number };

export interface DrawnParagraph {
  pieces: DrawnPiece[];
  /** Characters in it. */
  length: number;
  /** Where its runs and line breaks start and end. */
  shape: string;
  /** Shape plus every run's ids, tooltip and style. */
  look: string;
}

export interface SyncState {
  text: string;
  annotations: readonly AnnotationView[];
  selectedId: number | null;
  labels: readonly Label[];
  /** In text order, like the annotations. */
  suggestions: readonly SuggestionView[];
  selectedSuggestionId: number | null;
  /** How a tooltip names a suggestion; a new one redraws every paragraph (the language changed). */
  suggestedHint?: SuggestedHint;
}

/** What was drawn last, per paragraph. */
export interface Drawn extends SyncState {
  labelsKey: string;
  paragraphs: DrawnParagraph[];
  /** 1 where the paragraph is drawn with its highlights, 0 where as plain text. */
  detailed: Uint8Array;
}

/** Paragraphs drawn with highlights from the start: the first two chunks, what a window shows of a new document. */
export const DETAILED_AT_FIRST = 2 * CHUNK;

export const NOTHING_DRAWN: Drawn = {
  text: '',
  annotations: [],
  selectedId: null,
  labels: [],
  suggestions: [],
  selectedSuggestionId: null,
  labelsKey: '',
  paragraphs: [],
  detailed: new Uint8Array(0),
};

export interface SyncPlan {
  /** Start over: a new text, or new label colours. */
  rebuild: boolean;
  /** Paragraphs whose runs start or end elsewhere now, by index, with what they were. */
  replace: { index: number; paragraph: DrawnParagraph; before: DrawnParagraph | undefined }[];
  /** Paragraphs whose runs keep their places and only change ids or colours. */
  restyle: { index: number; paragraph: DrawnParagraph }[];
  drawn: Drawn;
}

/** Past this many changed spans (a document read back after undo, say), every paragraph is compared. */
const MANY_CHANGES = 256;

/** What of the labels the drawing depends on; a change draws the article anew. */
export const labelsKeyOf = (labels: readonly Label[]) =>
  labels.map((l) => `${l.id}:${l.name}:${l.color}`).join('|');

/** The same hint function, asked once per label and rule: a long article's suggestion runs repeat a few of them thousands of times. */
function remembered(hint: SuggestedHint): SuggestedHint {
  const known = new Map<string, string>();
  return (label, rule) => {
    const key = `${label}\n${rule}`;
    let found = known.get(key);
    if (found === undefined) {
      found = hint(label, rule);
      known.set(key, found);
    }
    return found;
  };
}

/** A run no annotation or suggestion covers: how it looks depends on nothing else. */
const PLAIN_LOOK = {
  hint: '',
  tone: '',
  style: '',
  label: '',
  labelTone: '',
  outline: '',
  badge: '',
} as const;

type TextPiece = Extract<Piece, { kind: 'text' }>;

const isPlain = (x: TextPiece) => x.ids.length === 0 && x.sids.length === 0;

function highlightOf(x: TextPiece, ctx: HighlightContext): Omit<Highlight, 'ids' | 'sids'> {
  if (isPlain(x)) return PLAIN_LOOK;
  return {
    hint: highlightHint(x.ids, ctx, x.sids),
    tone: highlightTone(x.ids, ctx),
    style: highlightStyle(x.ids, ctx),
    ...labelBadge(x.ids, x, ctx),
    outline: suggestionOutline(x.sids, x, ctx),
    badge: suggestionBadge(x.sids, x, ctx),
  };
}

/** A run's look as compared between two drawings; a plain run's is its place (the rest is PLAIN_LOOK). */
const lookKey = (x: DrawnPiece): string =>
  x.kind === 'break'
    ? `b${x.at}`
    : isPlain(x)
      ? `${x.start}-${x.end}`
      : `${x.start}-${x.end}:${x.ids.join(',')}:${x.tone}:${x.style}:${x.label}:${x.labelTone}:${x.sids.join(',')}:${x.outline}:${x.hint}`;

function draw(p: Paragraph, ctx: HighlightContext): DrawnParagraph {
  const pieces: DrawnPiece[] = p.pieces.map((x) =>
    x.kind === 'break' ? x : { ...x, ...highlightOf(x, ctx) },
  );
  const shape = pieces.map((x) => (x.kind === 'break' ? `b${x.at}` : `${x.start}-${x.end}`)).join('|');
  const look = pieces.map(lookKey).join('|');
  return { pieces, length: p.end - p.start, shape, look };
}

const ringOf = <T extends { id: number }>(list: readonly T[], id: number | null) =>
  id === null ? undefined : list.find((a) => a.id === id);

/** The selected annotation's or suggestion's span, where it was and where it is, when it moved. */
function ringsMoved(previous: SyncState, next: SyncState): { start: number; end: number; id: number }[] {
  const moved = [];
  if (previous.selectedId !== next.selectedId)
    moved.push(ringOf(previous.annotations, previous.selectedId), ringOf(next.annotations, next.selectedId));
  if (previous.selectedSuggestionId !== next.selectedSuggestionId)
    moved.push(
      ringOf(previous.suggestions, previous.selectedSuggestionId),
      ringOf(next.suggestions, next.selectedSuggestionId),
    );
  return moved.filter((a) => a !== undefined);
}

/**
 * Indexes of the paragraphs that may look different now, or 'all'; and of
 * those, the ones that are to be detailed now. Suggestions come in thousands
 * when a long document opens: they change only paragraphs already detailed,
 * the rest pick theirs up when they are detailed.
 */
function paragraphsToCheck(
  previous: Drawn,
  next: SyncState,
  ranges: readonly { start: number; end: number }[],
): { check: number[] | 'all'; detail: number[] } {
  const touched = [...changedSpans(previous.annotations, next.annotations), ...ringsMoved(previous, next)];
  if (touched.length > MANY_CHANGES) return { check: 'all', detail: [] };
  const detail = paragraphsUnder(ranges, touched);
  const suggested = changedSpans(previous.suggestions, next.suggestions);
  const shown =
    suggested.length > 0
      ? paragraphsUnder(ranges, suggested).filter((i) => previous.detailed[i] && !detail.includes(i))
      : [];
  return { check: [...detail, ...shown], detail };
}

/** Which paragraphs of a new text start out detailed: the first ones, and where the selected annotation is. */
function firstDetailed(next: SyncState, ranges: readonly { start: number }[]): Uint8Array {
  const detailed = new Uint8Array(ranges.length);
  detailed.fill(1, 0, DETAILED_AT_FIRST);
  const selected = [
    ringOf(next.annotations, next.selectedId),
    ringOf(next.suggestions, next.selectedSuggestionId),
  ];
  for (const i of paragraphsUnder(
    ranges,
    selected.filter((a) => a !== undefined),
  ))
    detailed[i] = 1;
  return detailed;
}

/**
 * `widen` names paragraphs to draw with their highlights from now on (drawn
 * plain until then); everything else follows from what changed since `previous`.
 */
export function planSync(
  previous: Drawn,
  next: SyncState,
  ranges: readonly { start: number; end: number }[],
  widen: readonly number[] = [],
): SyncPlan {
  const labelsKey = labelsKeyOf(next.labels);
  const labels = new Map(next.labels.map((l) => [l.id, l]));
  const suggestedHint = next.suggestedHint && remembered(next.suggestedHint);
  const context = (
    spans: readonly AnnotationView[],
    suggested: readonly SuggestionView[],
  ): HighlightContext => ({
    annotations: new Map(spans.map((a) => [a.id, a])),
    labels,
    selectedId: next.selectedId,
    suggestions: new Map(suggested.map((s) => [s.id, s])),
    selectedSuggestionId: next.selectedSuggestionId,
    suggestedHint,
  });
  const rebuild =
    previous.text !== next.text ||
    previous.labelsKey !== labelsKey ||
    previous.suggestedHint !== next.suggestedHint ||
    previous.paragraphs.length !== ranges.length;
  const detailed = rebuild ? firstDetailed(next, ranges) : previous.detailed.slice();
  const toCheck = rebuild ? null : paragraphsToCheck(previous, next, ranges);
  let check = toCheck?.check ?? 'all';
  // What an edit or the selection touches is shown with its highlights right away.
  for (const i of toCheck?.detail ?? []) detailed[i] = 1;
  const widened = widen.filter((i) => i < ranges.length && !detailed[i]);
  for (const i of widened) detailed[i] = 1;
  if (check !== 'all') check = [...check, ...widened];

  const plain = context([], []);
  // After many changes every paragraph is redrawn: one pass over the spans then, not one per paragraph.
  const full =
    check === 'all' && !rebuild ? buildParagraphs(next.text, next.annotations, next.suggestions) : null;
  const everyone = full ? context(next.annotations, next.suggestions) : plain;
  const drawAt = (index: number): DrawnParagraph => {
    const range = ranges[index] ?? { start: 0, end: 0 };
    if (!detailed[index]) return draw(paragraphOf(next.text, range, []), plain);
    const known = full?.[index];
    if (known) return draw(known, everyone);
    const own = paragraphOf(next.text, range, next.annotations, next.suggestions);
    return draw(own, context(own.spans, own.suggested));
  };
  const indexes = check === 'all' ? ranges.map((_, i) => i) : check;
  const candidates = indexes.map((index) => ({ index, paragraph: drawAt(index) }));

  const paragraphs = rebuild ? [] : [...previous.paragraphs];
  const replace: SyncPlan['replace'] = [];
  const restyle: SyncPlan['restyle'] = [];
  for (const candidate of candidates) {
    const { index, paragraph } = candidate;
    const before = previous.paragraphs[index];
    paragraphs[index] = paragraph;
    if (rebuild || !before || before.shape !== paragraph.shape) replace.push({ ...candidate, before });
    else if (before.look !== paragraph.look) restyle.push(candidate);
  }
  return { rebuild, replace, restyle, drawn: { ...next, labelsKey, paragraphs, detailed } };
}
