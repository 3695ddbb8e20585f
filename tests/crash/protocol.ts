import type { Annotation } from '../../src-main/db/model.ts';

/** One acknowledged change: the child printed it after the transaction committed. */
export interface Ack {
  op: 'create' | 'update' | 'delete' | 'undo' | 'redo';
  annotationId: number;
  /** The annotation after the change; null when the change removed it. */
  after: Annotation | null;
}
