import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from './connection.ts';
import { prepareDocumentSearch } from './document-search.ts';
import { listDocuments } from './documents.ts';
import { corpusStats } from './stats.ts';
import { rowsWarmer } from './suggestions.ts';
import { rulesWarmer, WARM_ROUNDS } from '../suggest/rules.ts';
import { startRulesHelper } from '../suggest/rules-helper.ts';

/** Runs between turns: a call the window makes meanwhile waits for ten at most. */
const RULE_ROUNDS_PER_TURN = 10;

/**
 * Reads what the window asks for first (the progress counts and the first
 * page of the document list) into SQLite's page cache, then starts filling
 * the document filter's index in the background. Run while the window loads:
 * on a 100,000-document corpus those first reads take 40 to 170 ms from the
 * file, and a few milliseconds once cached. Once the index is full, it runs
 * a filter of one character, one of two (the two ways a filter is
 * searched, db/document-search.ts) and one of three, which also looks in
 * the texts' index (db/text-search.ts): the first filter keystroke otherwise
 * pays for compiling that code and preparing its statement, 15 ms against 4
 * at 100,000 documents. The three letters are ones no Dutch text holds, so
 * the index is opened, not read through. Last, the suggestion rules run
 * over a few sentences, a hundred times, in turns that let calls go first
 * (rules.ts): the app asks for a document's suggestions as it opens it.
 * The thread that runs a long article's NUMBER and TIME rules beside them
 * (rules-helper.ts) starts after that. Only reads.
 */
export function warmCache(db: Db): Promise<void> {
  corpusStats(db);
  listDocuments(db, { offset: 0, limit: 1 });
  return prepareDocumentSearch(db)
    .then(() => {
      if (!db.open) return;
      try {
        listDocuments(db, { search: 'e', offset: 0, limit: 50 });
        listDocuments(db, { search: 'de', offset: 0, limit: 50 });
        listDocuments(db, { search: 'qxz', offset: 0, limit: 50 });
      } catch {
        // Only a head start: the window's own calls meet the same trouble and report it.
      }
    })
    .then(async () => {
      if (!db.open) return;
      const warm = rulesWarmer();
      const rows = rowsWarmer(db);
      for (let round = 0; round < WARM_ROUNDS && db.open; round++) {
        rows(warm());
        if (round % RULE_ROUNDS_PER_TURN === RULE_ROUNDS_PER_TURN - 1) await nextTurn();
      }
      // Only now: its start-up, on a second thread, would compete with the
      // window's first list on two cores. It warms its own rules.
      if (db.open) await startRulesHelper();
    });
}
