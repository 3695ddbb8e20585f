/**
 * What may become a suggestion, and storing it: the labels a run covers
 * (each must be in the scheme), the attribute values a label allows, and
 * the skip rules — no suggestion where an annotation of its label (any
 * layer) overlaps, where the same span and label is suggested or was
 * rejected, or where an open suggestion of its label overlaps.
 */
import type { Db } from './connection.ts';
import { AppError } from './errors.ts';
import { findLabelByName } from './labels.ts';
import type { AttributeDef, Attributes } from './model.ts';
import { attributeValueFits, listAttributeDefs } from './scheme-read.ts';
import { statement } from './statements.ts';
import { multiRowInsert, ROWS_PER_INSERT } from './multi-row-insert.ts';
import { attributesJson } from './attributes-json.ts';
import { intervalsByLabel, type Intervals } from './intervals.ts';
import { generatedUid, largestGeneratedNumberAfter } from './span-uid.ts';
import { isRuleLabel, RULE_LABELS, type Found, type RuleLabel } from '../suggest/rules.ts';
import { english, type MainText, say } from '../text/messages/say.ts';

/** The message for a label a run asks for and the scheme lacks. */
export const missingLabelMessage = (name: string): string => english(missingLabel(name));
const missingLabel = (name: string): MainText => say('refusals.suggestion.noLabel', { name });

export interface RunLabels {
  /** The rule labels the run covers, with their ids in this database. */
  labels: { name: RuleLabel; id: number }[];
  /** Rule labels left out because the scheme lacks them (only when none were asked for by name). */
  missing: RuleLabel[];
}

/**
 * The labels of a run: those asked for (each must have rules and be in the
 * scheme, or the run is refused), or without a list every rule label the
 * scheme has.
 */
export function runLabels(db: Db, asked?: readonly string[]): RunLabels {
  const names = asked && asked.length > 0 ? [...new Set(asked)] : RULE_LABELS;
  const labels: RunLabels['labels'] = [];
  const missing: RuleLabel[] = [];
  for (const name of names) {
    if (!isRuleLabel(name))
      throw new AppError(
        'VALIDATION',
        say('refusals.suggestion.noRule', { name, labels: RULE_LABELS.join(', ') }),
      );
    const label = findLabelByName(db, name);
    if (label) labels.push({ name, id: label.id });
    else if (asked && asked.length > 0) throw new AppError('VALIDATION', missingLabel(name));
    else missing.push(name);
  }
  return { labels, missing };
}

/**
 * Keeps of a rule's values those the label's attributes allow: the scheme
 * decides what is filled in. They come in name order, the stored text's
 * (attributesJson), which then writes them in one call.
 */
export const attributeFilter = (db: Db): AttributeFilter => attributeFilterOf(listAttributeDefs(db));

export type AttributeFilter = (labelId: number, values: Attributes) => Attributes;

/** The same from the scheme's attributes as read (listAttributeDefs), for a thread without the database. */
export function attributeFilterOf(defsRead: readonly AttributeDef[]): AttributeFilter {
  const byLabel = new Map<number, AttributeDef[]>();
  for (const def of defsRead) {
    const defs = byLabel.get(def.labelId) ?? [];
    defs.push(def);
    byLabel.set(def.labelId, defs);
  }
  for (const defs of byLabel.values()) defs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return (labelId, values) => {
    const kept: Attributes = {};
    for (const def of byLabel.get(labelId) ?? []) {
      const value = values[def.name];
      if (value !== undefined && Object.hasOwn(values, def.name) && attributeValueFits(def, value))
        kept[def.name] = value;
    }
    return kept;
  };
}

interface Taken {
  label_id: number;
  start: number;
  end: number;
  open: number;
  uid: string;
}

/**
 * What already occupies a document, per label: annotations, and suggestions
 * (open or rejected). Candidates are claimed in start order, so one overlaps
 * an earlier claim of its label exactly when it starts before the furthest
 * end claimed so far (which also refuses the same span twice).
 */
class Occupancy {
  private readonly spans = new Set<string>();
  private readonly existing: Map<number, Intervals>;
  private readonly claimedReach = new Map<number, number>();
  /** The span ids the document's annotations and suggestions hold, read with them. */
  readonly uids: string[];

  constructor(db: Db, documentId: number) {
    const rows = statement(
      db,
      `SELECT label_id, start, "end", 1 AS open, uid FROM annotations WHERE document_id = ?
       UNION ALL
       SELECT label_id, start, "end", state = 'open' AS open, uid FROM suggestions WHERE document_id = ?`,
    ).all(documentId, documentId) as Taken[];
    this.uids = rows.map((r) => r.uid);
    for (const r of rows) this.spans.add(`${r.label_id}:${r.start}:${r.end}`);
    this.existing = intervalsByLabel(rows.filter((r) => r.open));
  }

  /** Whether a suggestion of `labelId` on [start, end) may be added; if so, it now counts as taken. */
  claim(labelId: number, start: number, end: number): boolean {
    if (this.spans.size > 0 && this.spans.has(`${labelId}:${start}:${end}`)) return false;
    if (this.existing.get(labelId)?.overlaps(start, end)) return false;
    const reach = this.claimedReach.get(labelId) ?? -1;
    if (reach > start) return false;
    this.claimedReach.set(labelId, end);
    return true;
  }
}

export interface Candidate {
  labelId: number;
  start: number;
  end: number;
  rule: string;
  attributes: Attributes;
}

/**
 * A candidate made ready to store, in text order, its attributes as stored
 * text: what the corpus run's worker threads hand the writer, so that it
 * has only the skip rules and the INSERT left to do.
 */
export interface ReadyCandidate {
  labelId: number;
  start: number;
  end: number;
  rule: string;
  attributesJson: string;
}

/** A candidate as stored, with the span id it was given and its row id. */
export type Stored = ReadyCandidate & { uid: string; id: number };

type Placed = Pick<Candidate, 'labelId' | 'start' | 'end'>;

const inTextOrder = (a: Placed, b: Placed): number =>
  a.start - b.start || b.end - a.end || a.labelId - b.labelId;

/**
 * Two lists readyFinds made from different labels as one, in the order it
 * gives: no two candidates of different labels are equal in that order, so
 * the list is the one readyFinds makes of both labels' finds at once.
 */
export const mergeReady = (a: readonly ReadyCandidate[], b: readonly ReadyCandidate[]): ReadyCandidate[] =>
  b.length === 0 ? [...a] : [...a, ...b].sort(inTextOrder);

/** `candidates` in the order they are claimed, ready to store; needs no database. */
export function readyCandidates(candidates: readonly Candidate[]): ReadyCandidate[] {
  return [...candidates].sort(inTextOrder).map((c) => ({
    labelId: c.labelId,
    start: c.start,
    end: c.end,
    rule: c.rule,
    attributesJson: attributesJson(c.attributes),
  }));
}

const COLUMNS_PER_ROW = 7;

const insertSql = multiRowInsert(
  'INSERT INTO suggestions (document_id, label_id, start, "end", uid, rule, attributes)',
  '(?, ?, ?, ?, ?, ?, ?)',
);

/** Inserts `rows` and gives each the row id it got. */
function insertRows(db: Db, documentId: number, rows: Stored[]): void {
  const params: unknown[] = new Array<unknown>(ROWS_PER_INSERT * COLUMNS_PER_ROW);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const count = Math.min(ROWS_PER_INSERT, rows.length - i);
    if (count < ROWS_PER_INSERT) params.length = count * COLUMNS_PER_ROW;
    for (let k = 0; k < count; k++) {
      const r = rows[i + k];
      if (!r) continue;
      const at = k * COLUMNS_PER_ROW;
      params[at] = documentId;
      params[at + 1] = r.labelId;
      params[at + 2] = r.start;
      params[at + 3] = r.end;
      params[at + 4] = r.uid;
      params[at + 5] = r.rule;
      params[at + 6] = r.attributesJson;
    }
    const last = Number(statement(db, insertSql(count)).run(params).lastInsertRowid);
    // The table's AUTOINCREMENT numbers one statement's rows in a row, up to the last one.
    for (let k = 0; k < count; k++) {
      const r = rows[i + k];
      if (r) r.id = last - count + 1 + k;
    }
  }
}

/**
 * Stores those of `ready` (in the order readyCandidates gives) the skip
 * rules let through, inside the caller's transaction; returns them. A
 * candidate outside the text is a rule's bug, and refused loudly.
 */
export function storeReady(
  db: Db,
  documentId: number,
  textLength: number,
  ready: readonly ReadyCandidate[],
): Stored[] {
  if (ready.length === 0) return [];
  const occupied = new Occupancy(db, documentId);
  let uidNumber = largestGeneratedNumberAfter(db, documentId, occupied.uids, 'S');
  const stored: Stored[] = [];
  for (const c of ready) {
    if (!(
      Number.isInteger(c.start) &&
      Number.isInteger(c.end) &&
      c.start >= 0 &&
      c.start < c.end &&
      c.end <= textLength
    ))
      throw new AppError(
        'INTERNAL',
        `rule ${c.rule} proposed ${c.start}-${c.end}, outside the text (${textLength})`,
      );
    if (!occupied.claim(c.labelId, c.start, c.end)) continue;
    stored.push({
      labelId: c.labelId,
      start: c.start,
      end: c.end,
      rule: c.rule,
      attributesJson: c.attributesJson,
      uid: generatedUid(++uidNumber, 'S'),
      id: 0,
    });
  }
  insertRows(db, documentId, stored);
  return stored;
}

/** Stores those of `candidates` the skip rules let through, in text order (see storeReady). */
export const storeCandidates = (
  db: Db,
  documentId: number,
  textLength: number,
  candidates: readonly Candidate[],
): Stored[] => storeReady(db, documentId, textLength, readyCandidates(candidates));

/**
 * The rules' finds as candidates of this database's labels, with the values
 * the scheme allows, made ready to store (as readyCandidates makes them).
 */
export function readyFinds(
  found: readonly Found[],
  labels: RunLabels['labels'],
  filter: AttributeFilter,
): ReadyCandidate[] {
  const ids = new Map(labels.map((l) => [l.name, l.id]));
  const ready: ReadyCandidate[] = [];
  for (const f of found) {
    const labelId = ids.get(f.label);
    if (labelId === undefined) continue;
    const attributes = attributesJson(filter(labelId, f.attributes));
    ready.push({ labelId, start: f.start, end: f.end, rule: f.rule, attributesJson: attributes });
  }
  return ready.sort(inTextOrder);
}
