/** Finding, showing and selecting text in the app's article, as a user does before a key. */
import type { Page } from '@playwright/test';
import type { LongDocument } from './long-document.ts';

/**
 * Offsets of words no span starts at, spread over the document: letters only
 * between white space, so snapping to words leaves them as they are, with a
 * word after them in the same paragraph. The edits timed after the label key
 * (another label, the end one word on) must change something: a span that
 * exists already is refused, and an end does not move past its paragraph.
 */
export function targets(doc: LongDocument, count: number): { start: number; end: number }[] {
  const taken = new Set(doc.spans.map((s) => s.start));
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor(((i + 0.5) / count) * doc.text.length);
    const re = /(?<=\s)\p{L}{4,}(?= \p{L})/gu;
    re.lastIndex = from;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!taken.has(span.start)) {
        found.push(span);
        break;
      }
    }
  }
  return found;
}

/** Every run of text in the article. */
const RUNS = '.article-text [data-start]';

/**
 * Scrolls the text at `offset` to the middle of the view and lets the frames
 * after it pass: a user selects what is on screen, so the keypress finds it
 * drawn as the view draws it.
 */
export async function bringIntoView(page: Page, offset: number): Promise<void> {
  await page.evaluate(
    ({ offset, runs }) => {
      const run = [...document.querySelectorAll<HTMLElement>(runs)].findLast(
        (r) => Number(r.dataset.start) <= offset,
      );
      if (!run) throw new Error(`offset ${offset} is not in the article`);
      run.scrollIntoView({ block: 'center' });
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      return frame().then(frame).then(frame);
    },
    { offset, runs: RUNS },
  );
}

/** Selects [start, end) of the stored text in the article, as a user's drag would. */
export async function select(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ({ start, end, runs: selector }) => {
      const runs = [...document.querySelectorAll<HTMLElement>(selector)];
      const point = (offset: number, atEnd: boolean): [Node, number] => {
        for (const run of runs) {
          const from = Number(run.dataset.start);
          const length = run.textContent?.length ?? 0;
          if (offset >= from && (atEnd ? offset <= from + length : offset < from + length)) {
            const node = run.firstChild;
            if (node) return [node, offset - from];
          }
        }
        throw new Error(`offset ${offset} is not in the article`);
      };
      const range = document.createRange();
      range.setStart(...point(start, false));
      range.setEnd(...point(end, true));
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      // The article keeps keyboard focus, as after a drag.
      document.querySelector<HTMLElement>('.article-text')?.focus({ preventScroll: true });
    },
    { start, end, runs: RUNS },
  );
}
