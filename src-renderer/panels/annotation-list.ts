/**
 * What the annotation panel lists, as rows: the spans a filter keeps, in
 * text order, or grouped by event frame (each event, then its arguments
 * under their roles, then the spans in no frame). Pure, so the panel only
 * draws rows.
 */
import type { AnnotationView, RelationView, Role } from '../../src-main/db/model.ts';

export type MarkFilter = '' | 'flagged' | 'noted';

export interface ListFilter {
  /** A label id, or null for every label. */
  labelId: number | null;
  mark: MarkFilter;
  byFrame: boolean;
}

export type ListRow =
  { kind: 'span'; annotation: AnnotationView; role: string | null } | { kind: 'heading'; text: string };

const kept = (a: AnnotationView, f: ListFilter): boolean =>
  (f.labelId === null || a.labelId === f.labelId) &&
  (f.mark === '' || (f.mark === 'flagged' ? a.flag !== null : a.note !== null));

/** The rows to draw; `annotations` come in text order. */
export function listRows(
  annotations: readonly AnnotationView[],
  relations: readonly RelationView[],
  roles: readonly Role[],
  filter: ListFilter,
  /** The heading over the spans in no frame, in the interface's language. */
  looseHeading: string,
): ListRow[] {
  const shown = annotations.filter((a) => kept(a, filter));
  if (!filter.byFrame) return shown.map((annotation) => ({ kind: 'span', annotation, role: null }));
  const roleName = new Map(roles.map((r) => [r.id, r.name]));
  const byId = new Map(shown.map((a) => [a.id, a]));
  const arguments_ = new Map<number, { child: AnnotationView; role: string }[]>();
  const inFrame = new Set<number>();
  for (const r of relations) {
    const head = byId.get(r.headId);
    const child = byId.get(r.childId);
    if (!head || !child) continue;
    const list = arguments_.get(head.id) ?? [];
    list.push({ child, role: roleName.get(r.roleId) ?? '?' });
    arguments_.set(head.id, list);
    inFrame.add(child.id);
  }
  const order = new Map(shown.map((a, i) => [a.id, i]));
  const rows: ListRow[] = [];
  for (const a of shown) {
    const args = arguments_.get(a.id);
    if (!args) continue;
    rows.push({ kind: 'span', annotation: a, role: null });
    args.sort((x, y) => (order.get(x.child.id) ?? 0) - (order.get(y.child.id) ?? 0));
    for (const { child, role } of args) rows.push({ kind: 'span', annotation: child, role });
  }
  const loose = shown.filter((a) => !arguments_.has(a.id) && !inFrame.has(a.id));
  if (loose.length > 0 && rows.length > 0) rows.push({ kind: 'heading', text: looseHeading });
  for (const annotation of loose) rows.push({ kind: 'span', annotation, role: null });
  return rows;
}

/** The name most of the spans carry (the user's own layer, usually): shown once above the list. */
export function commonAnnotator(annotations: readonly AnnotationView[]): string | null {
  const counts = new Map<string, number>();
  for (const a of annotations) if (a.annotator) counts.set(a.annotator, (counts.get(a.annotator) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = name;
  return best;
}
