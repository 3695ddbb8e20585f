/**
 * `scheme import`: a scheme file merged into a database in one transaction,
 * or not at all. Every problem is collected first (the file's shape, the
 * merged scheme's rules, data a change would orphan) and reported as
 * `path: reason`; only a file without any is applied.
 */
import type { Db } from '../db/connection.ts';
import { AppError } from '../db/errors.ts';
import { createLabel, listLabels, updateLabel } from '../db/labels.ts';
import { statement } from '../db/statements.ts';
import { schemeProblems } from './check.ts';
import { newProblems } from './edit-check.ts';
import { readStoredScheme, type StoredScheme } from './from-db.ts';
import { mergeScheme, type Merged, type Tally } from './merge.ts';
import { attributeChangeRefusal, roleChangeRefusal } from './orphans.ts';
import { parseSchemeText, type ParsedScheme } from './parse.ts';
import { firstPerPath, formatProblem, problemOf, type Problem } from './scheme.ts';
import { insertAttributeRow, insertRoleRow, updateAttributeRow, updateRoleRow } from './write.ts';

export interface SchemeImportResult {
  labels: Tally;
  attributes: Tally;
  roles: Tally;
}

/** A scheme file that cannot be imported, with every reason; nothing was changed. */
export class SchemeProblems extends AppError {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const first = problems[0];
    super(
      'VALIDATION',
      `the scheme was not imported: ${problems.length === 1 && first ? formatProblem(first) : `${problems.length} problems, the first: ${first ? formatProblem(first) : ''}`}`,
    );
    this.name = 'SchemeProblems';
    this.problems = problems;
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Data the merged scheme would orphan, at the file's path of the part that changes. */
function orphanProblems(db: Db, stored: StoredScheme, merged: Merged): Problem[] {
  const problems: Problem[] = [];
  stored.labels.forEach((label, i) => {
    (stored.scheme.labels[i]?.attributes ?? []).forEach((before, j) => {
      const after = merged.scheme.labels[i]?.attributes[j];
      if (!after || same(before, after)) return;
      const refusal = attributeChangeRefusal(db, label, before, after);
      const path = merged.paths.attributes[i]?.[j] ?? `attribute ${label.name}.${before.name}`;
      if (refusal) problems.push(problemOf(path, refusal));
    });
  });
  const idOf = new Map(stored.labels.map((l) => [l.name, l.id]));
  const ids = (names: string[]): number[] => names.flatMap((n) => idOf.get(n) ?? []);
  stored.roles.forEach((role, k) => {
    const after = merged.scheme.roles[k];
    if (!after) return;
    const refusal = roleChangeRefusal(db, role, {
      from: ids(after.from),
      to: ids(after.to),
      many: after.many,
    });
    if (refusal) problems.push(problemOf(merged.paths.roles[k] ?? `role ${role.name}`, refusal));
  });
  return problems;
}

function apply(db: Db, stored: StoredScheme, merged: Merged, file: ParsedScheme): void {
  const { labels, roles } = merged.scheme;
  // Hotkeys that move between parts are freed first, so a swap never meets itself.
  stored.labels.forEach((l, i) => {
    if (labels[i]?.hotkey !== l.hotkey)
      statement(db, 'UPDATE labels SET hotkey = NULL WHERE id = ?').run(l.id);
  });
  stored.roles.forEach((r, k) => {
    if (roles[k]?.hotkey !== r.hotkey) statement(db, 'UPDATE roles SET hotkey = NULL WHERE id = ?').run(r.id);
  });
  labels.forEach((label, i) => {
    const current = stored.labels[i];
    const fields = { color: label.color, hotkey: label.hotkey, description: label.description };
    if (current) updateLabel(db, current.id, fields);
    // A new label without a color gets the palette's next one.
    else
      createLabel(db, {
        ...fields,
        name: label.name,
        color: file.labels.find((l) => l.name === label.name)?.color,
      });
  });
  const labelIds = new Map(listLabels(db).map((l) => [l.name, l.id]));
  const idsOf = (names: string[]): number[] => names.flatMap((n) => labelIds.get(n) ?? []);
  labels.forEach((label, i) => {
    const labelId = labelIds.get(label.name);
    if (labelId === undefined) return;
    label.attributes.forEach((attribute, j) => {
      const existing = stored.attributes[i]?.[j];
      if (!existing) insertAttributeRow(db, labelId, attribute);
      else if (!same(merged.before.attributes[i]?.[j], attribute))
        updateAttributeRow(db, existing.id, attribute);
    });
  });
  roles.forEach((role, k) => {
    const row = { ...role, from: idsOf(role.from), to: idsOf(role.to) };
    const existing = stored.roles[k];
    if (existing) updateRoleRow(db, existing.id, row);
    else insertRoleRow(db, row);
  });
}

/** Merges the scheme file's text into the database, or throws SchemeProblems and changes nothing. */
export function importScheme(db: Db, text: string): SchemeImportResult {
  const parsed = parseSchemeText(text);
  return db.transaction(() => {
    const stored = readStoredScheme(db);
    const merged = mergeScheme(stored.scheme, parsed.scheme);
    const problems = firstPerPath([
      ...parsed.problems,
      ...merged.problems,
      // What the database had wrong already, among parts the file leaves alone, is not the file's doing.
      ...newProblems(stored.scheme, schemeProblems(merged.scheme, merged.paths)),
    ]);
    // Orphaned data is only worth counting for a scheme that is sound in itself.
    if (problems.length === 0) problems.push(...orphanProblems(db, stored, merged));
    if (problems.length > 0) throw new SchemeProblems(problems);
    apply(db, stored, merged, parsed.scheme);
    return { labels: merged.labels, attributes: merged.attributes, roles: merged.roles };
  })();
}
