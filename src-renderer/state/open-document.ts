import type { AnnotationView, DocumentRecord, RelationView } from '../../src-main/db/model.ts';
import { inTextOrder } from '../editor/segments.ts';
import type { History, SessionView } from './session-contract.ts';

/** One opening of a document: its record and annotations as the changes queued on it leave them. */
export interface Opened {
  doc: DocumentRecord;
  annotations: AnnotationView[];
  relations: RelationView[];
}

/** Only the fields the window uses: the main process may send a relation's bookkeeping too. */
export const relationView = ({ id, roleId, headId, childId }: RelationView): RelationView => ({
  id,
  roleId,
  headId,
  childId,
});

/**
 * The document open in the window, and the state each queued change acts on:
 * a change keeps the opening it was asked on, which is the open document's
 * state while that document is open, and its own copy once the user has
 * opened another (what it changes then is not shown).
 */
export class OpenDocument {
  current: Opened | null = null;
  private readonly view: SessionView;

  constructor(view: SessionView) {
    this.view = view;
  }

  isOpen(at: Opened): boolean {
    return this.current?.doc.id === at.doc.id;
  }

  /** The open document's state while `at`'s document is open (read back since, or not), else `at`. */
  target(at: Opened): Opened {
    return this.current && this.isOpen(at) ? this.current : at;
  }

  /** Shows `next` as the open document, passing on to the view only what changed. */
  show(next: Opened, history: History): void {
    const before = this.current;
    this.current = next;
    if (before?.doc !== next.doc) this.view.setDoc(next.doc);
    if (before?.annotations !== next.annotations) this.view.setAnnotations(next.annotations);
    if (before?.relations !== next.relations) this.view.setRelations(next.relations);
    this.view.setHistory(history);
  }

  edit(at: Opened, next: (list: AnnotationView[]) => AnnotationView[]): void {
    const target = this.target(at);
    target.annotations = next(target.annotations).sort(inTextOrder);
    if (target === this.current) this.view.setAnnotations(target.annotations);
  }

  editRelations(at: Opened, next: (list: RelationView[]) => RelationView[]): void {
    const target = this.target(at);
    target.relations = next(target.relations);
    if (target === this.current) this.view.setRelations(target.relations);
  }

  setDocFields(at: Opened, fields: Partial<Pick<DocumentRecord, 'status' | 'note' | 'flag'>>): void {
    const target = this.target(at);
    target.doc = { ...target.doc, ...fields };
    if (target === this.current) this.view.setDoc(target.doc);
  }
}
