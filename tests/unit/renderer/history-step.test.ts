import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationView } from '../../../src-main/db/model.ts';
import type { WindowStep } from '../../../src-main/db/history.ts';
import { afterStep } from '../../../src-renderer/state/history-step.ts';
import type { Opened } from '../../../src-renderer/state/open-document.ts';
import { documentRecord } from './fake-bridge.ts';
import { annotationRow } from './annotation-row.ts';

const span = (id: number, start: number, end: number, kind: 'manual' | 'accepted' = 'manual'): Annotation =>
  annotationRow({ id, start, end, origin: { kind, rule: null } });

function opened(annotations: AnnotationView[]): Opened {
  return {
    doc: documentRecord(1, 'a'),
    annotations,
    relations: [{ id: 9, roleId: 1, headId: 1, childId: 2 }],
  };
}

const history = { undo: 0, redo: 1 };

describe('an undo or redo shown from its reply', () => {
  it('puts the span back in text order and keeps every other object, so only its paragraph is redrawn', () => {
    const [a, b] = [span(1, 0, 5), span(2, 10, 15)];
    const before = opened([a, b]);
    const step: WindowStep = {
      entity: 'annotation',
      action: 'update',
      annotationId: 2,
      annotation: span(2, 3, 8),
      relations: [],
      changes: 1,
      history,
    };
    const next = afterStep(before, step);
    expect(next?.annotations.map((x) => [x.id, x.start])).toEqual([
      [1, 0],
      [2, 3],
    ]);
    expect(next?.annotations[0]).toBe(a);
    expect(next?.doc).toBe(before.doc);
    expect(next?.relations).toBe(before.relations);
  });

  it('takes a deleted span away with its relations', () => {
    const step: WindowStep = {
      entity: 'annotation',
      action: 'delete',
      annotationId: 1,
      annotation: null,
      relations: [],
      changes: 1,
      history,
    };
    const next = afterStep(opened([span(1, 0, 5), span(2, 10, 15)]), step);
    expect(next?.annotations.map((x) => x.id)).toEqual([2]);
    expect(next?.relations).toEqual([]);
  });

  it('reads the document back after a batch, or where a suggestion comes back or goes', () => {
    const step: WindowStep = {
      entity: 'annotation',
      action: 'delete',
      annotationId: 1,
      annotation: null,
      relations: [],
      changes: 1,
      history,
    };
    expect(afterStep(opened([span(1, 0, 5)]), { ...step, changes: 3 })).toBeNull();
    expect(afterStep(opened([span(1, 0, 5, 'accepted')]), step)).toBeNull();
  });
});
