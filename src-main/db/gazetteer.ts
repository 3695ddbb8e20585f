/**
 * The corpus's own ACTORs as a gazetteer: every text an annotator marked as
 * ACTOR (any layer), with the `kind` given to it most often. Read once per
 * run and kept per connection until an annotation changes.
 */
import type { Db } from './connection.ts';
import { documentText } from './document-text.ts';
import { findLabelByName } from './labels.ts';
import { statement } from './statements.ts';
import type { GazetteerEntry } from '../text/dutch/actors.ts';

const KINDS = ['person', 'organisation', 'country', 'group', 'other'] as const;
const asKind = (v: unknown): GazetteerEntry['kind'] => KINDS.find((k) => k === v) ?? null;

/**
 * A marked text is a usable name when it has a letter, two characters or
 * more, and no white space at its edges: a stray one-letter span would
 * otherwise be suggested at every occurrence of that letter as a word.
 */
const usable = (text: string): boolean => text.length >= 2 && /\p{L}/u.test(text) && text.trim() === text;

const cache = new WeakMap<Db, { key: string; entries: GazetteerEntry[] }>();

interface Row {
  document_id: number;
  start: number;
  end: number;
  kind: unknown;
}

export function actorGazetteer(db: Db): GazetteerEntry[] {
  const label = findLabelByName(db, 'ACTOR');
  if (!label) return [];
  // Any change to an annotation adds a history row or a new row id; an import adds rows.
  const key = JSON.stringify(
    statement(
      db,
      `SELECT (SELECT max(id) FROM annotation_history) AS h, (SELECT max(id) FROM annotations) AS a,
         (SELECT count(*) FROM annotations WHERE label_id = ?) AS n`,
    ).get(label.id),
  );
  const known = cache.get(db);
  if (known?.key === key) return known.entries;
  const rows = statement(
    db,
    `SELECT document_id, start, "end", json_extract(attributes, '$.kind') AS kind
     FROM annotations WHERE label_id = ? AND fragments IS NULL ORDER BY document_id`,
  ).all(label.id) as Row[];
  const kinds = new Map<string, Map<string, number>>();
  let documentId = -1;
  let text = '';
  for (const r of rows) {
    if (r.document_id !== documentId) {
      documentId = r.document_id;
      text = documentText(db, documentId);
    }
    const name = text.slice(r.start, r.end);
    if (!usable(name)) continue;
    const counts = kinds.get(name) ?? new Map<string, number>();
    kinds.set(name, counts);
    const kind = asKind(r.kind);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const entries = [...kinds].map(([name, counts]): GazetteerEntry => {
    // The most frequent kind; a tie goes to the first in the scheme's order.
    let best: GazetteerEntry['kind'] = null;
    let most = 0;
    for (const kind of KINDS) {
      const n = counts.get(kind) ?? 0;
      if (n > most) [best, most] = [kind, n];
    }
    return { text: name, kind: best };
  });
  cache.set(db, { key, entries });
  return entries;
}
