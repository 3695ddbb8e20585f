import type { AnnotationView } from '../../src-main/db/model.ts';
import type { WindowStep } from '../../src-main/db/history.ts';
import { inTextOrder } from '../editor/segments.ts';
import { relationView, type Opened } from './open-document.ts';

/** An annotation made from a suggestion: undoing or redoing it puts the suggestion back or takes it. */
const accepted = (a: AnnotationView | null | undefined) => a?.origin?.kind === 'accepted';

/**
 * The open document after an undo or redo, worked out from the step's reply,
 * so one change put back redraws what it touches and not the article; null
 * where only reading the document back tells: a batch (the reply describes
 * its newest change only) or a suggestion put back or taken.
 */
export function afterStep(opened: Opened, step: WindowStep): Opened | null {
  if (step.changes > 1) return null;
  if (step.action === 'status') return { ...opened, doc: { ...opened.doc, status: step.status } };
  if (step.entity === 'relation') {
    const others = opened.relations.filter((r) => r.id !== step.relationId);
    return { ...opened, relations: step.relation ? [...others, relationView(step.relation)] : others };
  }
  const id = step.annotationId;
  if (accepted(opened.annotations.find((a) => a.id === id)) || accepted(step.annotation)) return null;
  const others = opened.annotations.filter((a) => a.id !== id);
  if (!step.annotation) {
    // Its relations went with it.
    const relations = opened.relations.filter((r) => r.headId !== id && r.childId !== id);
    return { ...opened, annotations: others, relations };
  }
  const annotations = [...others, step.annotation].sort(inTextOrder);
  // Those that came back with it (an undone deletion).
  const back = step.relations.map(relationView).filter((r) => !opened.relations.some((k) => k.id === r.id));
  return {
    ...opened,
    annotations,
    relations: back.length > 0 ? [...opened.relations, ...back] : opened.relations,
  };
}
