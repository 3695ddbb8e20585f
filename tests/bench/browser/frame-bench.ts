/**
 * Role keys in the long document with its event frames: an EVENT is made and
 * selected, a role key (a, p, q in turns) lights up the spans it may link,
 * and Enter links the one in focus. Both keys are timed as annotate() times
 * the label key: pressWatched, the watch in place before the key, after the
 * same pause once what the key acts on is painted.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_ROLES } from '../frames.ts';
import { pressKey, pressWatched, type Shown } from './app-page.ts';
import { bringIntoView, select, targets } from './article-select.ts';
import type { LongDocument } from './long-document.ts';

export interface Linked {
  /** Role key → the candidate in focus drawn as such, painted. */
  roleKey: Shown[];
  /** Enter → the new link in the event frame and as an arc, painted. */
  link: Shown[];
}

const ROLE_KEYS: Readonly<Record<(typeof DEFAULT_ROLES)[number]['name'], string>> = {
  agent: 'a',
  patient: 'p',
  quantity: 'q',
};

const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

/** Tags [start, end) as an EVENT with the label key (not timed) and waits until its frame shows and it is saved. */
async function makeEvent(page: Page, doc: LongDocument, spot: { start: number; end: number }): Promise<void> {
  await bringIntoView(page, spot.start);
  await select(page, spot.start, spot.end);
  await pressKey(page, '1');
  await page
    .getByRole('region', { name: 'Event frame' })
    .locator('h2')
    .filter({ hasText: `EVENT ${doc.text.slice(spot.start, spot.end)}` })
    .waitFor();
  await saved(page);
}

/**
 * `count` events made in the document, one role filled on each: its role
 * key timed until the candidate in focus is drawn in the article (with the
 * others lit up in the same layout effect), then Enter timed until the event
 * frame's row for the role lists the new filler and no pending arc is left
 * (the arc is redrawn as a link in the same commit), painted.
 */
export async function linkByKeys(
  page: Page,
  doc: LongDocument,
  count: number,
  /** Lets the last change be painted and waits a person's pause, as before an annotate key. */
  seenThenWait: () => Promise<unknown>,
): Promise<Linked> {
  const roleKey: Shown[] = [];
  const link: Shown[] = [];
  for (const [i, spot] of targets(doc, count).entries()) {
    const role = DEFAULT_ROLES[i % DEFAULT_ROLES.length]?.name ?? 'agent';
    await makeEvent(page, doc, spot);
    await seenThenWait();
    await page.evaluate(() => {
      // The candidates are drawn over the article (CandidateOverlay.tsx), in its scroller.
      const scroller = document.querySelector('.article-scroll');
      window.__watchNextKey(() => scroller?.querySelector('.candidate-overlay .link-current'), scroller);
    });
    roleKey.push(await pressWatched(page, ROLE_KEYS[role]));
    await seenThenWait();
    await page.evaluate((role) => {
      const slot = document.querySelector(`.event-frame li[data-role="${role}"]`);
      const before = slot?.querySelectorAll('.filler').length ?? 0;
      window.__watchNextKey(() => {
        const fillers = slot?.querySelectorAll('.filler');
        if (!fillers || fillers.length <= before) return null;
        return document.querySelector('.connectors g.pending') ? null : fillers[fillers.length - 1];
      });
    }, role);
    link.push(await pressWatched(page, 'Enter'));
    await saved(page);
  }
  return { roleKey, link };
}
