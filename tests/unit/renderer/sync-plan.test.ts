import { describe, expect, it } from 'vitest';
import type { Annotation, Label } from '../../../src-main/db/model.ts';
import { inTextOrder, paragraphRanges } from '../../../src-renderer/editor/segments.ts';
import { changedSpans } from '../../../src-renderer/editor/dirty-paragraphs.ts';
import type { SuggestionView } from '../../../src-renderer/suggest/suggestion.ts';
import {
  DETAILED_AT_FIRST,
  NOTHING_DRAWN,
  planSync,
  type Drawn,
  type SyncState,
} from '../../../src-renderer/editor/sync-plan.ts';
import { annotationRow } from './annotation-row.ts';

const LABELS: Label[] = [
  { id: 1, name: 'EVENT', color: '#f2a93b', hotkey: '1', position: 0, description: '' },
  { id: 2, name: 'NUMBER', color: '#4f8fd6', hotkey: '2', position: 1, description: '' },
  { id: 3, name: 'ACTOR', color: '#4fbf6a', hotkey: '3', position: 2, description: '' },
];

const PARAGRAPH = 'Het kabinet heeft 2.500 militairen naar Irak gestuurd.\nDe Kamer stemde in.';
// Five chunks of paragraphs: more than are drawn with highlights at first.
const TEXT = Array.from({ length: 100 }, () => PARAGRAPH).join('\n\n');
const RANGES = paragraphRanges(TEXT);

const annotation = (id: number, labelId: number, start: number, end: number): Annotation =>
  annotationRow({ id, labelId, start, end });

/** A deterministic random sequence, so a failure replays. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Shown = Omit<SyncState, 'suggestions' | 'selectedSuggestionId'> & Partial<SyncState>;

function step(previous: Drawn, next: Shown, widen: readonly number[] = []) {
  return planSync(previous, { suggestions: [], selectedSuggestionId: null, ...next }, RANGES, widen);
}

function suggestion(id: number, labelId: number, start: number, end: number): SuggestionView {
  return { id, labelId, start, end, rule: 'number.digits', attributes: {} };
}

const detailedOf = (drawn: Drawn) => RANGES.map((_, i) => i).filter((i) => drawn.detailed[i] === 1);
const idsIn = (drawn: Drawn, index: number) =>
  (drawn.paragraphs[index]?.pieces ?? []).flatMap((p) => (p.kind === 'text' ? p.ids : []));
const at = (paragraph: number, offset: number) => (RANGES[paragraph]?.start ?? 0) + offset;

describe('redrawing the article after a change', () => {
  it('draws every paragraph of a new text', () => {
    const plan = step(NOTHING_DRAWN, { text: TEXT, annotations: [], selectedId: null, labels: LABELS });
    expect(plan.rebuild).toBe(true);
    expect(plan.replace).toHaveLength(RANGES.length);
  });

  it('draws a new text with highlights in its first chunks and where the selection is, plain elsewhere', () => {
    const annotations = [
      annotation(1, 1, at(5, 4), at(5, 11)),
      annotation(2, 2, at(70, 4), at(70, 11)),
      annotation(3, 3, at(90, 4), at(90, 11)),
    ];
    const { drawn } = step(NOTHING_DRAWN, { text: TEXT, annotations, selectedId: 3, labels: LABELS });
    expect(detailedOf(drawn)).toEqual([...Array.from({ length: DETAILED_AT_FIRST }, (_, i) => i), 90]);
    expect(idsIn(drawn, 5)).toEqual([1]);
    expect(idsIn(drawn, 90)).toEqual([3]);
    // Plain: the paragraph's text in one run per line, no highlight.
    expect(idsIn(drawn, 70)).toEqual([]);
    expect(drawn.paragraphs[70]?.pieces.filter((p) => p.kind === 'text')).toHaveLength(2);
  });

  it('shows an edit far down at once, and widens chunk by chunk to what a full drawing shows', () => {
    const far = annotation(2, 2, at(70, 4), at(70, 11));
    const first = step(NOTHING_DRAWN, {
      text: TEXT,
      annotations: [far],
      selectedId: null,
      labels: LABELS,
    });
    const state = {
      text: TEXT,
      annotations: [far, annotation(4, 1, at(80, 0), at(80, 3))],
      selectedId: 4,
      labels: LABELS,
    };
    const edited = step(first.drawn, state);
    expect(edited.replace.map((r) => r.index)).toEqual([80]);
    expect(idsIn(edited.drawn, 80)).toEqual([4]);
    expect(idsIn(edited.drawn, 70)).toEqual([]);

    const widened = step(edited.drawn, state, RANGES.map((_, i) => i).slice(60, 80));
    expect(widened.replace.map((r) => r.index)).toEqual([70]);
    expect(idsIn(widened.drawn, 70)).toEqual([2]);
    let drawn = widened.drawn;
    for (let c = 0; c < RANGES.length; c += 20)
      drawn = step(drawn, state, RANGES.map((_, i) => i).slice(c, c + 20)).drawn;
    const everything = step(
      NOTHING_DRAWN,
      state,
      RANGES.map((_, i) => i),
    ).drawn;
    expect(drawn.detailed.every((d) => d === 1)).toBe(true);
    expect(drawn.paragraphs).toEqual(everything.paragraphs);
  });

  it('redraws only the paragraph a new annotation lands in', () => {
    const first = step(NOTHING_DRAWN, { text: TEXT, annotations: [], selectedId: null, labels: LABELS });
    const at = (RANGES[17]?.start ?? 0) + 4;
    const plan = step(first.drawn, {
      text: TEXT,
      annotations: [annotation(1, 1, at, at + 7)],
      selectedId: 1,
      labels: LABELS,
    });
    expect(plan.rebuild).toBe(false);
    expect(plan.replace.map((r) => r.index)).toEqual([17]);
    expect(plan.restyle).toEqual([]);
  });

  it('restyles in place, without new runs, when a drawn annotation gets its stored id or the ring moves', () => {
    const a = (RANGES[3]?.start ?? 0) + 4;
    const b = (RANGES[9]?.start ?? 0) + 18;
    const draft = annotation(-1, 1, a, a + 7);
    const other = annotation(5, 2, b, b + 5);
    const base = { text: TEXT, labels: LABELS };
    const drawn = step(NOTHING_DRAWN, { ...base, annotations: [draft, other], selectedId: -1 }).drawn;

    const stored = step(drawn, { ...base, annotations: [annotation(7, 1, a, a + 7), other], selectedId: 7 });
    expect(stored.replace).toEqual([]);
    expect(stored.restyle.map((r) => r.index)).toEqual([3]);

    const moved = step(stored.drawn, { ...base, annotations: stored.drawn.annotations, selectedId: 5 });
    expect(moved.replace).toEqual([]);
    expect(moved.restyle.map((r) => r.index)).toEqual([3, 9]);
  });

  it('starts over when a label changes colour', () => {
    const drawn = step(NOTHING_DRAWN, {
      text: TEXT,
      annotations: [],
      selectedId: null,
      labels: LABELS,
    }).drawn;
    const recoloured = LABELS.map((l) => (l.id === 2 ? { ...l, color: '#000000' } : l));
    const plan = step(drawn, { text: TEXT, annotations: [], selectedId: null, labels: recoloured });
    expect(plan.rebuild).toBe(true);
  });

  it('outlines suggestions that come in after opening only where highlights are drawn already', () => {
    const base = { text: TEXT, annotations: [], selectedId: null, labels: LABELS };
    const opened = step(NOTHING_DRAWN, base).drawn;
    const near = suggestion(1, 2, at(3, 18), at(3, 23));
    const far = suggestion(2, 2, at(80, 18), at(80, 23));
    const plan = step(opened, { ...base, suggestions: [near, far] });
    // Thousands come in at once in a long article: none of them details a paragraph.
    expect(plan.replace.map((r) => r.index)).toEqual([3]);
    expect(detailedOf(plan.drawn)).toEqual(detailedOf(opened));
    const run = plan.drawn.paragraphs[3]?.pieces.find((p) => p.kind === 'text' && p.sids.length > 0);
    expect(run).toMatchObject({
      start: near.start,
      end: near.end,
      sids: [1],
      ids: [],
      badge: 'NUMBER',
      outline: 'suggested outline-2 suggestion-start suggestion-end',
    });
    // Selecting the far one draws its paragraph with highlights, the selected one solid.
    const selected = step(plan.drawn, { ...base, suggestions: [near, far], selectedSuggestionId: 2 });
    expect(selected.replace.map((r) => r.index)).toEqual([80]);
    const farRun = selected.drawn.paragraphs[80]?.pieces.find((p) => p.kind === 'text' && p.sids.length);
    expect(farRun).toMatchObject({ sids: [2], outline: expect.stringContaining('suggestion-selected') });
  });

  it.each([
    ['in text order, as the session keeps them', true],
    ['in any order', false],
  ])(
    'after any sequence of edits to annotations %s, looks exactly as a drawing from scratch',
    (_, ordered) => {
      const next = random(11);
      let annotations: Annotation[] = [];
      let selectedId: number | null = null;
      let suggestions: SuggestionView[] = [];
      let selectedSuggestionId: number | null = null;
      let id = 1;
      let drawn = step(NOTHING_DRAWN, { text: TEXT, annotations, selectedId, labels: LABELS }).drawn;
      for (let i = 0; i < 400; i++) {
        const roll = next();
        if (roll < 0.45 || annotations.length === 0) {
          // Spans of up to 300 characters, so some cross paragraph breaks.
          const start = Math.floor(next() * (TEXT.length - 10));
          const end = Math.min(TEXT.length, start + 1 + Math.floor(next() * 300));
          annotations = [...annotations, annotation(id++, 1 + Math.floor(next() * 3), start, end)];
        } else if (roll < 0.65) {
          const victim = annotations[Math.floor(next() * annotations.length)];
          annotations = annotations.filter((a) => a !== victim);
        } else if (roll < 0.85) {
          annotations = annotations.map((a, k) =>
            k === Math.floor(next() * annotations.length) ? { ...a, labelId: (a.labelId % 3) + 1 } : a,
          );
        } else if (roll < 0.9) {
          selectedId = annotations[Math.floor(next() * annotations.length)]?.id ?? null;
        } else if (roll < 0.96) {
          // Suggestions come and go in bursts (a document's list read back), or one is selected.
          const start = Math.floor(next() * (TEXT.length - 10));
          const end = Math.min(TEXT.length, start + 1 + Math.floor(next() * 30));
          suggestions = [...suggestions.filter(() => next() > 0.2), suggestion(id++, 2, start, end)];
        } else {
          selectedSuggestionId = suggestions[Math.floor(next() * suggestions.length)]?.id ?? null;
        }
        if (ordered) annotations = [...annotations].sort(inTextOrder);
        suggestions = [...suggestions].sort(inTextOrder);
        const state = {
          text: TEXT,
          annotations,
          selectedId,
          labels: LABELS,
          suggestions,
          selectedSuggestionId,
        };
        // Now and then the page is idle and a chunk gets its highlights.
        const chunk = next() < 0.1 ? Math.floor(next() * 5) * 20 : -1;
        const widen = chunk < 0 ? [] : RANGES.map((_, k) => k).slice(chunk, chunk + 20);
        drawn = step(drawn, state, widen).drawn;
        const fresh = step(NOTHING_DRAWN, state, detailedOf(drawn)).drawn;
        expect(drawn.paragraphs).toEqual(fresh.paragraphs);
      }
    },
  );
});

describe('the spans an edit changed', () => {
  it('are the same whether found by walking both lists in text order or by a set', () => {
    const next = random(5);
    const order = (xs: Annotation[]) => [...xs].sort(inTextOrder);
    for (let round = 0; round < 200; round++) {
      const before = order(
        Array.from({ length: 30 }, (_, k) =>
          annotation(k + 1, 1, Math.floor(next() * 50), 60 + Math.floor(next() * 9)),
        ),
      );
      // Some kept, some dropped, some replaced by an equal-looking copy, some new.
      const after = order(
        before
          .filter(() => next() > 0.1)
          .map((a) => (next() < 0.1 ? { ...a } : a))
          .concat(next() < 0.5 ? [annotation(100 + round, 2, 10, 20)] : []),
      );
      const walked = changedSpans(before, after);
      const hashed = changedSpans([...before].reverse(), after);
      expect(walked).toHaveLength(hashed.length);
      for (const span of walked) expect(hashed.includes(span)).toBe(true);
    }
  });
});
