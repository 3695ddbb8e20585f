/**
 * A stand-in for `window.annotator` as the document session calls it: the
 * contract's types, answered from memory, so the session's queue, drafts and
 * failures can be driven step by step. The real backend is what the e2e
 * tests run; this only answers in the shape the contract promises.
 */
import type {
  Annotation,
  AnnotationView,
  AttributeValue,
  DocumentRecord,
  Relation,
  RelationView,
} from '../../../src-main/db/model.ts';
import type { ErrorCode } from '../../../src-main/db/errors.ts';
import type { Reply } from '../../../src-main/ipc/contract.ts';
import type { WindowStep } from '../../../src-main/db/history.ts';
import type {
  History,
  SaveState,
  SessionBridge,
  SessionHost,
  SessionView,
} from '../../../src-renderer/state/document-session.ts';

/** One edit as a way back and a way forward. */
interface Entry {
  back: () => Annotation | null;
  forth: () => Annotation | null;
  annotationId: number;
  /** Set when the edit was of a relation (`annotationId` is then its head). */
  relationId?: number;
}

interface Stored {
  document: DocumentRecord;
  annotations: Annotation[];
  relations: Relation[];
  undo: Entry[];
  redo: Entry[];
}

const NOW = '2026-12-06T12:00:00.000Z';

export const TEXT = 'De VS hebben momenteel 2.500 militairen in Irak, zei Joe Biden.';

const view = ({ id, roleId, headId, childId }: Relation): RelationView => ({ id, roleId, headId, childId });

export function documentRecord(id: number, externalId: string): DocumentRecord {
  return {
    id,
    externalId,
    title: null,
    published: null,
    source: null,
    text: TEXT,
    textSha256: '',
    meta: {},
    status: 'todo',
    headline: externalId,
    note: null,
    flag: null,
    createdAt: NOW,
    updatedAt: NOW,
  };
}

export class FakeBridge implements SessionBridge {
  readonly docs = new Map<number, Stored>();
  /** Every call as `method id`, in the order sent. */
  readonly sent: string[] = [];
  /** The most calls ever waiting for their reply at once. */
  mostInFlight = 0;
  private inFlight = 0;
  private nextId = 1;
  private failures: { method: string; code: ErrorCode; message: string }[] = [];
  private held: Promise<undefined> | null = null;

  constructor(...records: DocumentRecord[]) {
    for (const document of records)
      this.docs.set(document.id, { document, annotations: [], relations: [], undo: [], redo: [] });
  }

  /** The next call of `method` fails with this error, as the main process would reply. */
  failNext(method: string, code: ErrorCode, message: string): void {
    this.failures.push({ method, code, message });
  }

  /** Replies wait until the returned function is called. */
  holdReplies(): () => void {
    const { promise, resolve } = Promise.withResolvers<undefined>();
    this.held = promise;
    return () => {
      this.held = null;
      resolve(undefined);
    };
  }

  stored(documentId: number): Annotation[] {
    return this.doc(documentId).annotations;
  }

  storedRelations(documentId: number): RelationView[] {
    return this.doc(documentId).relations.map(view);
  }

  private doc(id: number): Stored {
    const stored = this.docs.get(id);
    if (!stored) throw new Error(`no document ${id}`);
    return stored;
  }

  private async answer<T>(method: string, key: number, work: () => T): Promise<Reply<T>> {
    this.sent.push(`${method} ${key}`);
    this.inFlight++;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    try {
      await Promise.resolve();
      if (this.held) await this.held;
      const failure = this.failures.find((f) => f.method === method);
      if (failure) {
        this.failures = this.failures.filter((f) => f !== failure);
        return { ok: false, error: { code: failure.code, message: failure.message } };
      }
      return { ok: true, value: work() };
    } finally {
      this.inFlight--;
    }
  }

  private find(id: number): { stored: Stored; annotation: Annotation } {
    for (const stored of this.docs.values()) {
      const annotation = stored.annotations.find((a) => a.id === id);
      if (annotation) return { stored, annotation };
    }
    throw new Error(`no annotation ${id}`);
  }

  private put(stored: Stored, next: Annotation | null, id: number): Annotation | null {
    stored.annotations = stored.annotations.filter((a) => a.id !== id);
    if (next) stored.annotations.push(next);
    return next;
  }

  private record(stored: Stored, before: Annotation | null, after: Annotation | null, id: number): void {
    stored.undo.push({
      back: () => this.put(stored, before, id),
      forth: () => this.put(stored, after, id),
      annotationId: id,
    });
    stored.redo = [];
  }

  documents: SessionBridge['documents'] = {
    list: (r) =>
      this.answer('documents.list', 0, () => ({
        total: this.docs.size,
        more: false,
        items: [...this.docs.values()].slice(r.offset ?? 0).map(({ document, annotations }) => ({
          id: document.id,
          externalId: document.externalId,
          title: document.externalId,
          published: null,
          status: document.status,
          annotationCount: annotations.length,
          labelCounts: [],
          note: document.note,
          flag: document.flag,
          warnings: 0,
        })),
      })),
    get: (r) =>
      this.answer('documents.get', r.id, () => {
        const stored = this.doc(r.id);
        const annotations: AnnotationView[] = stored.annotations.map(
          ({ documentId: _d, createdAt: _c, updatedAt: _u, ...view }) => view,
        );
        return {
          document: { ...stored.document },
          annotations,
          relations: stored.relations.map(view),
          history: { undo: stored.undo.length, redo: stored.redo.length },
          suggestions: [],
        };
      }),
    setStatus: (r) =>
      this.answer('documents.setStatus', r.id, () => {
        const stored = this.doc(r.id);
        stored.document = { ...stored.document, status: r.status };
        return {
          id: r.id,
          externalId: stored.document.externalId,
          title: stored.document.externalId,
          published: null,
          status: r.status,
          annotationCount: stored.annotations.length,
          labelCounts: [],
          note: stored.document.note,
          flag: stored.document.flag,
          warnings: 0,
        };
      }),
    mark: (r) =>
      this.answer('documents.mark', r.id, () => {
        const stored = this.doc(r.id);
        const { note = stored.document.note, flag = stored.document.flag } = r;
        stored.document = { ...stored.document, note, flag };
        return { ...stored.document };
      }),
    // The session does not ask for guideline checks; the window's Checks panel does.
    warnings: (r) => this.answer('documents.warnings', r.documentId, () => []),
  };

  annotations: SessionBridge['annotations'] = {
    create: (r) =>
      this.answer('annotations.create', r.documentId, () => {
        const stored = this.doc(r.documentId);
        const id = this.nextId++;
        const created: Annotation = {
          ...r,
          id,
          uid: `T${id}`,
          annotator: null,
          attributes: {},
          fragments: null,
          origin: { kind: 'manual', rule: null },
          note: null,
          flag: null,
          createdAt: NOW,
          updatedAt: NOW,
        };
        stored.annotations.push(created);
        this.record(stored, null, created, created.id);
        return created;
      }),
    update: (r) =>
      this.answer('annotations.update', r.id, () => {
        const { stored, annotation } = this.find(r.id);
        const updated: Annotation = { ...annotation, ...r, attributes: annotation.attributes };
        if (r.attributes) {
          // The contract's patch: null unsets a value; keys stay in name order.
          const entries = Object.entries({ ...annotation.attributes, ...r.attributes });
          const kept = entries.filter((e): e is [string, AttributeValue] => e[1] !== null);
          updated.attributes = Object.fromEntries(kept.sort(([x], [y]) => (x < y ? -1 : 1)));
        }
        if (r.fragments) {
          updated.start = r.fragments[0]?.[0] ?? updated.start;
          updated.end = r.fragments.at(-1)?.[1] ?? updated.end;
        }
        this.put(stored, updated, r.id);
        this.record(stored, annotation, updated, r.id);
        return updated;
      }),
    delete: (r) =>
      this.answer('annotations.delete', r.id, () => {
        const { stored, annotation } = this.find(r.id);
        // As the database does: its relations go with it, and come back on undo.
        const taken = stored.relations.filter((x) => x.headId === r.id || x.childId === r.id);
        const drop = () => (stored.relations = stored.relations.filter((x) => !taken.includes(x)));
        this.put(stored, null, r.id);
        drop();
        stored.undo.push({
          back: () => {
            stored.relations.push(...taken);
            return this.put(stored, annotation, r.id);
          },
          forth: () => {
            drop();
            return this.put(stored, null, r.id);
          },
          annotationId: r.id,
        });
        stored.redo = [];
        return annotation;
      }),
  };

  relations: SessionBridge['relations'] = {
    create: (r) =>
      this.answer('relations.create', r.headId, () => {
        const { stored } = this.find(r.headId);
        this.find(r.childId);
        if (
          stored.relations.some(
            (x) => x.headId === r.headId && x.roleId === r.roleId && x.childId === r.childId,
          )
        )
          throw new Error('the same relation twice');
        const relation: Relation = {
          id: this.nextId++,
          documentId: stored.document.id,
          ...r,
          createdAt: NOW,
        };
        stored.relations.push(relation);
        const drop = () => (stored.relations = stored.relations.filter((x) => x !== relation));
        stored.undo.push({
          back: () => (drop(), this.find(r.headId).annotation),
          forth: () => (stored.relations.push(relation), this.find(r.headId).annotation),
          annotationId: r.headId,
          relationId: relation.id,
        });
        stored.redo = [];
        return relation;
      }),
    delete: (r) =>
      this.answer('relations.delete', r.id, () => {
        const stored = [...this.docs.values()].find((d) => d.relations.some((x) => x.id === r.id));
        const relation = stored?.relations.find((x) => x.id === r.id);
        if (!stored || !relation) throw new Error(`no relation ${r.id}`);
        const drop = () => (stored.relations = stored.relations.filter((x) => x !== relation));
        drop();
        stored.undo.push({
          back: () => (stored.relations.push(relation), this.find(relation.headId).annotation),
          forth: () => (drop(), this.find(relation.headId).annotation),
          annotationId: relation.headId,
          relationId: relation.id,
        });
        stored.redo = [];
        return relation;
      }),
  };

  history: SessionBridge['history'] = {
    undo: (r) => this.answer('history.undo', r.documentId, () => this.step(r.documentId, 'undo')),
    redo: (r) => this.answer('history.redo', r.documentId, () => this.step(r.documentId, 'redo')),
  };

  /** As the database answers: what the step did, worked out from the state before and after it. */
  private step(documentId: number, from: 'undo' | 'redo'): WindowStep {
    const stored = this.doc(documentId);
    const entry = stored[from].pop();
    if (!entry) throw new Error(`nothing to ${from}`);
    stored[from === 'undo' ? 'redo' : 'undo'].push(entry);
    const had = stored.annotations.find((a) => a.id === entry.annotationId) ?? null;
    const relationsBefore = [...stored.relations];
    const annotation = from === 'undo' ? entry.back() : entry.forth();
    const came = stored.relations.filter((r) => !relationsBefore.includes(r));
    const gone = relationsBefore.filter((r) => !stored.relations.includes(r));
    const history = { undo: stored.undo.length, redo: stored.redo.length };
    if (entry.relationId !== undefined) {
      const relation = came[0] ?? null;
      const action = relation ? 'create' : 'delete';
      const step = { entity: 'relation', action, relationId: entry.relationId, relation } as const;
      return { ...step, annotationId: entry.annotationId, annotation, changes: 1, history };
    }
    const action = !had ? 'create' : !annotation ? 'delete' : 'update';
    const relations = action === 'create' ? came : action === 'delete' ? gone : [];
    const step = { entity: 'annotation', action, annotationId: entry.annotationId, annotation } as const;
    return { ...step, relations, changes: 1, history };
  }
}

type Update<T> = T | ((previous: T) => T);
const apply = <T>(previous: T, next: Update<T>): T =>
  typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;

/** What the window would show: the session's state as plain fields, and the hints it was given. */
export class FakeWindow implements SessionView, SessionHost {
  doc: DocumentRecord | null = null;
  annotations: AnnotationView[] = [];
  relations: RelationView[] = [];
  history: History = { undo: 0, redo: 0 };
  selectedId: number | null = null;
  save: SaveState = { kind: 'saved' };
  readonly hints: string[] = [];
  corpusChanges = 0;
  private painted: (() => void)[] = [];
  /** While true, a new annotation waits for `paint()` before it is saved. */
  holdPaint = false;

  setDoc = (doc: DocumentRecord) => void (this.doc = doc);
  setAnnotations = (list: AnnotationView[]) => void (this.annotations = list);
  setRelations = (list: RelationView[]) => void (this.relations = list);
  setHistory = (h: Update<History>) => void (this.history = apply(this.history, h));
  setSelectedId = (id: Update<number | null>) => void (this.selectedId = apply(this.selectedId, id));
  setSave = (save: Update<SaveState>) => void (this.save = apply(this.save, save));
  notify = (message: string) => void this.hints.push(message);
  onCorpusChanged = () => void this.corpusChanges++;
  labels = () =>
    new Map([
      [1, { id: 1, name: 'EVENT', color: '#f0a030', hotkey: '1', position: 0, description: '' }],
      [3, { id: 3, name: 'ACTOR', color: '#4fbf6a', hotkey: '3', position: 2, description: '' }],
    ]);
  afterNextPaint = (): Promise<void> =>
    this.holdPaint ? new Promise((resolve) => this.painted.push(resolve)) : Promise.resolve();

  /** Paints the frame that new annotations wait for (once the work queued so far has asked for it). */
  async paint(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const resolve of this.painted.splice(0)) resolve();
  }
}

/** The text of each annotation shown, in order. */
export const spans = (list: readonly { start: number; end: number }[]): string[] =>
  list.map((a) => TEXT.slice(a.start, a.end));
