import type { ResponseOf } from '../../src-main/ipc/contract.ts';
import { api, call } from '../state/api.ts';

/** How far "annotate all mentions" reaches. */
export type MentionScope = 'document' | 'corpus';

/**
 * The suggestion calls the window makes, unwrapped. Every call that changes
 * suggestions answers with the document's open ones as they are afterwards.
 */
export const suggestionCalls = {
  /** Runs the rules over the document, on the database thread. */
  /** The rules over a document opened for the first time (stored after that). */
  computeOnce: (documentId: number): Promise<ResponseOf<'suggestions.compute'>> =>
    call(api().suggestions.compute({ documentId, once: true })),
  list: (documentId: number): Promise<ResponseOf<'suggestions.list'>> =>
    call(api().suggestions.list({ documentId })),
  accept: (id: number): Promise<ResponseOf<'suggestions.accept'>> => call(api().suggestions.accept({ id })),
  reject: (id: number): Promise<ResponseOf<'suggestions.reject'>> => call(api().suggestions.reject({ id })),
  acceptAll: (documentId: number, labelId: number): Promise<ResponseOf<'suggestions.acceptAll'>> =>
    call(api().suggestions.acceptAll({ documentId, labelId })),
  mentions: (annotationId: number, scope: MentionScope): Promise<ResponseOf<'suggestions.mentions'>> =>
    call(api().suggestions.mentions({ annotationId, scope })),
};
