/**
 * What the article view must redraw after a change, worked out without
 * touching the editor. A keypress changes one annotation in a document that
 * may have 10,000: only the paragraphs under what changed are looked at, and
 * of those only the ones that look different are redrawn. Where only the
 * colours or ids of the runs changed (not where they start and end), the runs
 * are restyled in place, so a selection or a mouse drag over them survives.
 */
import type { Annotation, Label } from '../../src-main/db/model.ts';
import { changedSpans, paragraphsUnder } from './dirty-paragraphs.ts';
import {
  highlightHint,
  highlightStyle,
  highlightTone,
  type Highlight,
  type HighlightContext,
} from './highlight.ts';
import { buildParagraphs, paragraphOf, type Paragraph } from './segments.ts';

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
  annotations: readonly Annotation[];
  selectedId: number | null;
  labels: readonly Label[];
}

/** What was drawn last, per paragraph. */
export interface Drawn extends SyncState {
  labelsKey: string;
  paragraphs: DrawnParagraph[];
}

export const NOTHING_DRAWN: Drawn = {
  text: '',
  annotations: [],
  selectedId: null,
  labels: [],
  labelsKey: '',
  paragraphs: [],
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

const labelsKeyOf = (labels: readonly Label[]) => labels.map((l) => `${l.id}:${l.name}:${l.color}`).join('|');

function draw(p: Paragraph, ctx: HighlightContext): DrawnParagraph {
  const pieces: DrawnPiece[] = p.pieces.map((x) =>
    x.kind === 'break'
      ? x
      : {
          ...x,
          hint: highlightHint(x.ids, ctx),
          tone: highlightTone(x.ids, ctx),
          style: highlightStyle(x.ids, ctx),
        },
  );
  const shape = pieces.map((x) => (x.kind === 'break' ? `b${x.at}` : `${x.start}-${x.end}`)).join('|');
  const look = pieces
    .map((x) =>
      x.kind === 'break' ? `b${x.at}` : `${x.start}-${x.end}:${x.ids.join(',')}:${x.tone}:${x.style}`,
    )
    .join('|');
  return { pieces, length: p.end - p.start, shape, look };
}

/** Indexes of the paragraphs that may look different now, or 'all'. */
function paragraphsToCheck(
  previous: Drawn,
  next: SyncState,
  ranges: readonly { start: number; end: number }[],
): number[] | 'all' {
  const touched = changedSpans(previous.annotations, next.annotations);
  if (previous.selectedId !== next.selectedId) {
    // The selection ring moved: from the paragraphs where it was to where it is.
    const ring = (list: readonly Annotation[], id: number | null) => list.find((a) => a.id === id);
    for (const a of [
      ring(previous.annotations, previous.selectedId),
      ring(next.annotations, next.selectedId),
    ])
      if (a) touched.push(a);
  }
  return touched.length > MANY_CHANGES ? 'all' : paragraphsUnder(ranges, touched);
}

export function planSync(
  previous: Drawn,
  next: SyncState,
  ranges: readonly { start: number; end: number }[],
): SyncPlan {
  const labelsKey = labelsKeyOf(next.labels);
  const labels = new Map(next.labels.map((l) => [l.id, l]));
  const context = (spans: readonly Annotation[]): HighlightContext => ({
    annotations: new Map(spans.map((a) => [a.id, a])),
    labels,
    selectedId: next.selectedId,
  });
  const rebuild =
    previous.text !== next.text ||
    previous.labelsKey !== labelsKey ||
    previous.paragraphs.length !== ranges.length;
  const check = rebuild ? 'all' : paragraphsToCheck(previous, next, ranges);

  let candidates: { index: number; paragraph: DrawnParagraph }[];
  if (check === 'all') {
    const ctx = context(next.annotations);
    candidates = buildParagraphs(next.text, next.annotations).map((p, index) => ({
      index,
      paragraph: draw(p, ctx),
    }));
  } else {
    candidates = check.map((index) => {
      const p = paragraphOf(next.text, ranges[index] ?? { start: 0, end: 0 }, next.annotations);
      return { index, paragraph: draw(p, context(p.spans)) };
    });
  }

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
  return { rebuild, replace, restyle, drawn: { ...next, labelsKey, paragraphs } };
}
