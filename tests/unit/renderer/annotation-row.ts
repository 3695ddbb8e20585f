import type { Annotation } from '../../../src-main/db/model.ts';

/** What a test sets of an annotation; the rest is a plain manual span of document 1. */
export interface AnnotationFields {
  id: number;
  start: number;
  end: number;
  labelId?: number;
  origin?: Annotation['origin'];
}

/** A stored annotation as the main process returns it, for the renderer's unit tests. */
export function annotationRow({ id, start, end, labelId = 1, origin = null }: AnnotationFields): Annotation {
  return {
    id,
    uid: `T${id}`,
    documentId: 1,
    labelId,
    start,
    end,
    annotator: null,
    attributes: {},
    fragments: null,
    origin,
    note: null,
    flag: null,
    createdAt: '',
    updatedAt: '',
  };
}
