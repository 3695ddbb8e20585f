import type { AnnotationView, DocumentRecord, Label, RelationView } from '../../src-main/db/model.ts';
import type { AnnotatorApi, OpenedDocument } from '../../src-main/ipc/contract.ts';

// What the document session reports and what it needs of the window around it.

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };
export interface History {
  undo: number;
  redo: number;
}
/** How a change ended: stored, failed on the open document, or failed on one the user has since left. */
export type Outcome = 'stored' | 'failed' | 'failed-elsewhere';

type Update<T> = T | ((previous: T) => T);

/** Where the session shows the open document: React state in the app, plain fields in tests. */
export interface SessionView {
  setDoc(doc: DocumentRecord): void;
  setAnnotations(annotations: AnnotationView[]): void;
  setRelations(relations: RelationView[]): void;
  setHistory(history: Update<History>): void;
  setSelectedId(id: Update<number | null>): void;
  setSave(save: Update<SaveState>): void;
}

export interface SessionHost {
  /** Says something briefly (the status line's hint): refusals, steps that are not in view. */
  notify(message: string): void;
  onCorpusChanged(): void;
  /** The document was read (opened, or read back after undo, redo or a failed change), with its open suggestions. */
  onLoaded?(documentId: number, suggestions: OpenedDocument['suggestions']): void;
  labels(): ReadonlyMap<number, Label>;
  /** Resolves once the frame showing a new annotation is painted: it is saved after that. */
  afterNextPaint(): Promise<void>;
  /**
   * Applies the state changes `show` makes at once (React's flushSync), not in
   * a task of their own: the browser holds such tasks back until a frame is
   * drawn after a click, which held a document's first paint back by a frame.
   */
  showNow?(show: () => void): void;
}

/** The part of `window.annotator` the session calls. */
export type SessionBridge = Pick<AnnotatorApi, 'documents' | 'annotations' | 'history'> & {
  relations: Pick<AnnotatorApi['relations'], 'create' | 'delete'>;
};
