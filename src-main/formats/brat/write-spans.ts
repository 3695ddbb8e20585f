/**
 * Which of a record's spans become which T lines: their brat ids, their
 * fragments cut at line breaks, and every span or span field brat cannot
 * hold, as a Loss.
 */
import type { CorpusRecord, Loss, RecordSpan } from '../types.ts';
import {
  isTextBoundId,
  isToken,
  joinAtLineBreaks,
  formatPieces,
  samePieces,
  splitAtLineBreaks,
  type CodePoints,
  type Piece,
} from './standoff.ts';

export interface PlannedSpan {
  span: RecordSpan;
  /** The T id it is written under. */
  tid: string;
  /** The fragments of its T line. */
  pieces: Piece[];
}

export interface SpanPlan {
  written: PlannedSpan[];
  /** T id by our span id, for the spans written. */
  tidOf: Map<string, string>;
  losses: Loss[];
}

const piecesOf = (span: RecordSpan): Piece[] =>
  span.fragments.length > 0 ? span.fragments.map((f) => [f.start, f.end]) : [[span.start, span.end]];

/** The span fields brat has no place for, one Loss each. */
function fieldLosses(span: RecordSpan, loss: (kind: string, message: string) => void): void {
  if (span.annotator !== null)
    loss('annotator', `annotator "${span.annotator}" is not written: a brat file has no annotator per span`);
  if (span.origin !== null) {
    const rule = span.origin.rule === null ? '' : ` (rule "${span.origin.rule}")`;
    loss('origin', `origin ${span.origin.kind}${rule} is not written: brat has no origin`);
  }
  if (span.flag !== null) loss('flag', `flag "${span.flag}" is not written: brat has no flag`);
}

export function planSpans(record: CorpusRecord, chars: CodePoints): SpanPlan {
  const losses: Loss[] = [];
  const written: PlannedSpan[] = [];
  const tidOf = new Map<string, string>();
  const kept = new Set(record.spans.map((s) => s.id).filter(isTextBoundId));
  let next = [...kept].reduce((max, id) => Math.max(max, Number(id.slice(1))), 0) + 1;
  // As the import's duplicate rule sees the spans read back: no annotator, fragments as read.
  const readBack = new Map<string, string>();

  for (const span of record.spans) {
    const loss = (kind: string, message: string): void => {
      losses.push({ document: record.id, item: span.id, kind, message });
    };
    if (!isToken(span.label)) {
      loss('label', `label "${span.label}" is not one word, which a brat type must be: span not written`);
      continue;
    }
    const original = piecesOf(span);
    const pieces = splitAtLineBreaks(chars, original);
    if (pieces.length === 0) {
      loss('line break', 'covers only line breaks, which a brat span cannot hold: not written');
      continue;
    }
    const back = joinAtLineBreaks(chars, pieces);
    if (!samePieces(back, original)) {
      loss(
        'line break',
        `fragments ${formatPieces(original)} are written around line breaks as ${formatPieces(pieces)} and read back as ${formatPieces(back)}`,
      );
    }
    const key = `${span.label}\u0000${formatPieces(back)}`;
    const twin = readBack.get(key);
    if (twin !== undefined) {
      loss(
        'duplicate',
        `same label and characters as ${twin}, which brat cannot tell apart without annotators: not written`,
      );
      continue;
    }
    readBack.set(key, span.id);
    let tid = span.id;
    if (!kept.has(tid)) {
      tid = `T${next++}`;
      loss('span id', `span id "${span.id}" is written as ${tid}: brat ids are T and a number`);
    }
    fieldLosses(span, loss);
    written.push({ span, tid, pieces });
    tidOf.set(span.id, tid);
  }
  return { written, tidOf, losses };
}
