import type { AnnotationView } from '../../src-main/db/model.ts';

/** The text an annotation covers; a discontinuous one's fragments joined with " … ". */
export const spanText = (text: string, a: Pick<AnnotationView, 'start' | 'end' | 'fragments'>): string =>
  a.fragments ? a.fragments.map(([s, e]) => text.slice(s, e)).join(' … ') : text.slice(a.start, a.end);
