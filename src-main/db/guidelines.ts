/**
 * Guideline checks (issue 18): what the scheme requires of an annotation and
 * it lacks. A role marked required must link every annotation whose label
 * the role starts from (its `from` labels) to at least one argument; an
 * attribute marked required must have a value on every annotation of its
 * label (an empty or blank text counts as none).
 *
 * The rule is written once, as SQL over a set of documents (MISSING below):
 * the open document's list of warnings and the document list's counts both
 * read it. Nothing is stored: a warning follows from the annotations, the
 * relations and the scheme as they are, so no writer has to keep it up to
 * date, and the documents row (costly to rewrite, see migration 002) stays
 * as it is. The list counts one page (50 documents) at a time through the
 * index of the documents' annotations, and nothing at all while the scheme requires nothing.
 */
import type { Db } from './connection.ts';
import { documentText } from './document-text.ts';
import { notFound } from './errors.ts';
import { listLabels } from './labels.ts';
import type { Fragment } from './model.ts';
import { listAttributeDefs, listRoles } from './scheme-read.ts';
import { statement } from './statements.ts';

export type WarningKind = 'missing-role' | 'missing-attribute';

export interface GuidelineWarning {
  annotationId: number;
  kind: WarningKind;
  /** The annotation's label name. */
  label: string;
  /** The missing role's name, for 'missing-role'. */
  role?: string;
  /** The missing attribute's name, for 'missing-attribute'. */
  attribute?: string;
  /** The warning as the annotator reads it: EVENT 'trokken … terug' has no agent. */
  message: string;
}

/**
 * Whether the scheme requires anything at all: a required role that starts
 * from some label, or a required attribute. Two lookups in tables of a few
 * rows; when false, no annotation is read.
 */
export function schemeRequiresAnything(db: Db): boolean {
  const row = statement(
    db,
    `SELECT EXISTS (SELECT 1 FROM roles r JOIN role_labels rl ON rl.role_id = r.id AND rl.side = 'from' WHERE r.required = 1)
         OR EXISTS (SELECT 1 FROM attribute_defs WHERE required = 1) AS any_required`,
  ).get() as { any_required: number };
  return row.any_required === 1;
}

/**
 * One row per missing requirement of an annotation in the documents whose ids
 * `?` (a JSON array) lists: (annotation_id, document_id, kind, rule_id,
 * rule_position). CROSS JOIN keeps SQLite from starting at the (few) required
 * rules and scanning every annotation of their labels in the corpus: it walks
 * the listed documents' annotations through an index by document instead.
 */
const MISSING = `
  WITH docs (id) AS (SELECT value FROM json_each(?)),
  missing AS (
    SELECT a.id AS annotation_id, a.document_id, 'missing-role' AS kind, r.id AS rule_id, r.position AS rule_position
    FROM docs CROSS JOIN annotations a
      JOIN role_labels rl ON rl.label_id = a.label_id AND rl.side = 'from'
      JOIN roles r ON r.id = rl.role_id AND r.required = 1
    WHERE a.document_id = docs.id
      AND NOT EXISTS (SELECT 1 FROM relations x WHERE x.head_id = a.id AND x.role_id = r.id)
    UNION ALL
    SELECT a.id, a.document_id, 'missing-attribute', d.id, d.position
    FROM docs CROSS JOIN annotations a
      JOIN attribute_defs d ON d.label_id = a.label_id AND d.required = 1
    WHERE a.document_id = docs.id
      AND NOT EXISTS (
        SELECT 1 FROM json_each(a.attributes) v
        WHERE v.key = d.name AND NOT (v.type = 'text' AND trim(v.value) = '')
      )
  )`;

/** Exported for the test that checks its query plan. */
export const COUNT_SQL = `${MISSING} SELECT document_id, count(*) AS n FROM missing GROUP BY document_id`;

/** How many warnings each of the documents `ids` has; documents without any are left out. */
export function warningCounts(db: Db, ids: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  if (ids.length === 0 || !schemeRequiresAnything(db)) return counts;
  const rows = statement(db, COUNT_SQL).all(JSON.stringify(ids)) as { document_id: number; n: number }[];
  for (const r of rows) counts.set(r.document_id, r.n);
  return counts;
}

interface MissingRow {
  annotation_id: number;
  kind: WarningKind;
  rule_id: number;
  label_id: number;
  start: number;
  end: number;
  fragments: string | null;
}

/**
 * The document's warnings in reading order (by the annotation's start, then
 * end), and for one annotation its missing roles, then its missing
 * attributes, each in scheme order.
 */
export function warningsFor(db: Db, documentId: number): GuidelineWarning[] {
  // NOT_FOUND for a document that does not exist, as every call on one answers.
  if (!statement(db, 'SELECT 1 FROM documents WHERE id = ?').get(documentId))
    throw notFound('document', documentId);
  if (!schemeRequiresAnything(db)) return [];
  const rows = statement(
    db,
    `${MISSING}
     SELECT m.annotation_id, m.kind, m.rule_id, a.label_id, a.start, a."end" AS "end", a.fragments
     FROM missing m JOIN annotations a ON a.id = m.annotation_id
     ORDER BY a.start, a."end", a.id, m.kind DESC, m.rule_position, m.rule_id`,
  ).all(JSON.stringify([documentId])) as MissingRow[];
  if (rows.length === 0) return [];
  // Read only now: a long article's text takes milliseconds to read, and most checks find nothing.
  const text = documentText(db, documentId);
  const labels = new Map(listLabels(db).map((l) => [l.id, l.name]));
  const roles = new Map(listRoles(db).map((r) => [r.id, r.name]));
  const attributes = new Map(listAttributeDefs(db).map((d) => [d.id, d.name]));
  return rows.map((r) => {
    const label = labels.get(r.label_id) ?? '?';
    const pieces: Fragment[] = r.fragments ? (JSON.parse(r.fragments) as Fragment[]) : [[r.start, r.end]];
    const subject = `${label} '${quoteSpan(text, pieces)}'`;
    if (r.kind === 'missing-role') {
      const role = roles.get(r.rule_id) ?? '?';
      return {
        annotationId: r.annotation_id,
        kind: r.kind,
        label,
        role,
        message: `${subject} has no ${role}`,
      };
    }
    const attribute = attributes.get(r.rule_id) ?? '?';
    return {
      annotationId: r.annotation_id,
      kind: r.kind,
      label,
      attribute,
      message: `${subject} has no value for ${attribute}`,
    };
  });
}

/** Characters a quoted span keeps in all, over all its fragments. */
const QUOTE_BUDGET = 40;

/**
 * The first `max` characters of `s` (code points, so no emoji is split),
 * ending at a word boundary when one is near enough to keep most of them.
 */
function cut(s: string, max: number): string {
  const head = Array.from(s).slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  return (space >= head.length / 2 ? head.slice(0, space) : head).trimEnd();
}

/**
 * The text an annotation covers as a warning quotes it: its fragments joined
 * by " … ", white space (line breaks too) folded to single spaces. A long
 * text is shortened fragment by fragment, short fragments kept whole, so
 * that every fragment still shows; text left out is marked "…" like the gap
 * between fragments, once.
 */
export function quoteSpan(text: string, fragments: readonly Fragment[]): string {
  const pieces = fragments.map(([s, e]) => text.slice(s, e).replace(/\s+/g, ' ').trim());
  const lengths = pieces.map((p) => Array.from(p).length);
  if (lengths.reduce((n, l) => n + l, 0) <= QUOTE_BUDGET) return pieces.join(' … ');
  // Shortest first: what a short fragment leaves over goes to the longer ones.
  const share = new Array<number>(pieces.length).fill(0);
  let left = QUOTE_BUDGET;
  const order = lengths.map((l, i) => [l, i] as const).sort((a, b) => a[0] - b[0]);
  order.forEach(([length, i], k) => {
    share[i] = Math.min(length, Math.floor(left / (order.length - k)));
    left -= share[i] ?? 0;
  });
  const shortened = pieces.map((p, i) => ((share[i] ?? 0) < (lengths[i] ?? 0) ? cut(p, share[i] ?? 0) : p));
  const last = pieces.length - 1;
  return shortened.join(' … ') + (shortened[last] === pieces[last] ? '' : '…');
}
