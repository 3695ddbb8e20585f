import type { AnnotationView, DocumentStatus, RelationView } from '../../src-main/db/model.ts';
import { coveredText, type Fragmented } from '../editor/fragments.ts';
import { inTextOrder } from '../editor/segments.ts';
import { amended, type Amendment } from './amendment.ts';
import { afterStep } from './history-step.ts';
import { OpenDocument, relationView, type Opened } from './open-document.ts';
import { ApiError, call, messageOf } from './reply.ts';
import { isRefusal, quote, sentence } from './refusals.ts';
import type { Outcome, SaveState, SessionBridge, SessionHost, SessionView } from './session-contract.ts';
import { i18n } from '../i18n/i18n.ts';
import { statusText } from '../i18n/words.ts';

// Callers keep importing the session's types from here.
export type { Amendment } from './amendment.ts';
export type {
  History,
  Outcome,
  SaveState,
  SessionBridge,
  SessionHost,
  SessionView,
} from './session-contract.ts';

type Changes = { labelId?: number } & Amendment;
/** The layer the session edits: the user's own (undefined) or gold. */
export type EditLayer = 'gold' | undefined;

const SAVED: SaveState = { kind: 'saved' };
/** What a change to an annotation of another document says (it is never sent). */
export const notInDocument = (): string => i18n.t('state:notInDocument');

/**
 * The open document and every change to it. A new annotation is drawn at
 * once, in the frame of the keypress, and marked saved only when the main
 * process has stored it; every other change is shown once the reply is in.
 * A change that fails while its document is open reads that document back,
 * so the view never keeps what the database lacks; one that fails after the
 * user opened another is said in passing and leaves the view alone (the
 * document is read afresh when opened again).
 */
export class SessionCore {
  private readonly bridge: SessionBridge;
  private readonly view: SessionView;
  private readonly host: SessionHost;
  private readonly shown: OpenDocument;
  private pending = 0;
  // Changes run one after another, each on the annotations the one before left:
  // keys pressed faster than replies arrive must not act on a stale copy.
  private queue: Promise<unknown> = Promise.resolve();
  // Annotations drawn before they were stored have a temporary (negative) id;
  // changes queued behind their creation find them under the stored one.
  private readonly stored = new Map<number, number>();
  private nextDraftId = -1;
  // The same for relations drawn before they were stored.
  private readonly storedRelations = new Map<number, number>();
  // The layer edited: the user's own, or gold while curating (its own spans and undo steps).
  private layer: EditLayer = undefined;

  constructor(bridge: SessionBridge, view: SessionView, host: SessionHost) {
    this.bridge = bridge;
    this.view = view;
    this.host = host;
    this.shown = new OpenDocument(view);
  }

  readonly open = async (id: number): Promise<void> => {
    try {
      await this.load(id);
      this.view.setSelectedId(null);
    } catch (e) {
      // Opening writes nothing: there is no unsaved work to flag.
      this.host.notify(i18n.t('state:couldNotOpen', { message: messageOf(e) }));
    }
  };

  /** Switches to editing gold (curating) or the user's own layer, and reads the open document again. */
  readonly setLayer = (layer: EditLayer): Promise<void> => this.reread(() => (this.layer = layer));

  /** Reads the open document again, after changes made elsewhere (curation accepts into gold). */
  readonly reload = (): Promise<void> => this.reread(() => undefined);

  private reread(before: () => void): Promise<void> {
    const run = this.queue.then(async () => {
      before();
      const at = this.shown.current;
      if (!at) return;
      try {
        await this.load(at.doc.id);
        const now = this.shown.current;
        this.view.setSelectedId((id) => (now?.annotations.some((a) => a.id === id) ? id : null));
      } catch (e) {
        this.host.notify(i18n.t('state:couldNotReread', { message: messageOf(e) }));
      }
    });
    this.queue = run;
    return run;
  }

  /** What the calls that read or write the edited layer add to their payload. */
  private get inLayer(): { layer?: 'gold' } {
    return this.layer ? { layer: this.layer } : {};
  }

  readonly create = (labelId: number, start: number, end: number): Promise<Outcome> => {
    const at = this.shown.current;
    if (!at) return Promise.resolve('failed');
    // Drawn at once; the backend assigns the span id and the rest when it stores it.
    const draft: AnnotationView = {
      id: this.nextDraftId--,
      uid: '',
      labelId,
      start,
      end,
      annotator: null,
      attributes: {},
      fragments: null,
      origin: { kind: 'manual', rule: null },
      note: null,
      flag: null,
    };
    this.shown.edit(at, (list) => [...list, draft]);
    this.view.setSelectedId(draft.id);
    const withoutDraft = (list: AnnotationView[]) => list.filter((a) => a !== draft);
    return this.change(at, async () => {
      try {
        await this.host.afterNextPaint();
        const created = await call(
          this.bridge.annotations.create({ documentId: at.doc.id, labelId, start, end, ...this.inLayer }),
        );
        this.stored.set(draft.id, created.id);
        this.afterWrite(at, (list) => [...withoutDraft(list), created]);
        if (this.shown.isOpen(at)) this.view.setSelectedId((id) => (id === draft.id ? created.id : id));
        // Gold is curation: its status is the curation status, not the document's.
        if (!this.layer && this.shown.target(at).doc.status === 'todo')
          this.shown.setDocFields(at, { status: 'in_progress' });
      } catch (e) {
        this.shown.edit(at, withoutDraft);
        if (this.shown.isOpen(at)) this.view.setSelectedId((id) => (id === draft.id ? null : id));
        throw this.alreadyTagged(at, e, draft);
      }
    });
  };

  /** Changes an annotation; `changes` may be worked out from its current state when its turn comes. */
  readonly update = (
    draftOrId: number,
    edit: Changes | ((current: AnnotationView) => Changes | null),
  ): Promise<Outcome> => {
    const at = this.shown.current;
    if (!at || !this.holds(at, draftOrId)) return this.refuseForeign();
    return this.change(at, async () => {
      const id = this.stored.get(draftOrId) ?? draftOrId;
      const current = this.shown.target(at).annotations.find((a) => a.id === id);
      if (!current) return;
      const changes = typeof edit === 'function' ? edit(current) : edit;
      if (!changes) return;
      const updated = await call(this.bridge.annotations.update({ id, ...changes })).catch((e: unknown) => {
        throw this.alreadyTagged(at, e, { ...current, ...changes });
      });
      this.afterWrite(at, (list) => list.map((a) => (a.id === id ? updated : a)));
    });
  };

  /**
   * Changes an annotation's attributes, fragments, note or flag, and shows the
   * change at once: the reply then replaces it with what was stored, and a
   * refusal reads the document back and says why.
   */
  readonly amend = (draftOrId: number, changes: Amendment): Promise<Outcome> => {
    const at = this.shown.current;
    if (!at || !this.holds(at, draftOrId)) return this.refuseForeign();
    const id = this.stored.get(draftOrId) ?? draftOrId;
    this.shown.edit(at, (list) =>
      list.map((a) => (a.id === id || a.id === draftOrId ? amended(a, changes) : a)),
    );
    return this.update(draftOrId, changes);
  };

  readonly remove = (draftOrId: number): Promise<Outcome> => {
    const at = this.shown.current;
    if (!at || !this.holds(at, draftOrId)) return this.refuseForeign();
    return this.change(at, async () => {
      const id = this.stored.get(draftOrId) ?? draftOrId;
      await call(this.bridge.annotations.delete({ id }));
      // The database deletes the annotation's relations with it (and undo brings them back).
      this.shown.editRelations(at, (list) => list.filter((r) => r.headId !== id && r.childId !== id));
      this.afterWrite(at, (list) => list.filter((a) => a.id !== id));
      if (this.shown.isOpen(at)) this.view.setSelectedId(null);
    });
  };

  /**
   * Links `headId` to `childId` by a role. Drawn at once, like a new
   * annotation (a role key paints its link in that keypress's frame), then,
   * after that frame (as a new annotation), stored and replaced by the stored
   * relation, or taken away with the reason if refused.
   */
  readonly link = (roleId: number, headId: number, childId: number): Promise<Outcome> => {
    const at = this.shown.current;
    if (!at || !this.holds(at, headId) || !this.holds(at, childId)) return this.refuseForeign();
    const draft: RelationView = { id: this.nextDraftId--, roleId, headId, childId };
    this.shown.editRelations(at, (list) => [...list, draft]);
    const withoutDraft = (list: RelationView[]) => list.filter((r) => r !== draft);
    return this.change(at, async () => {
      try {
        await this.host.afterNextPaint();
        const created = await call(
          this.bridge.relations.create({
            roleId,
            headId: this.stored.get(headId) ?? headId,
            childId: this.stored.get(childId) ?? childId,
          }),
        );
        this.storedRelations.set(draft.id, created.id);
        this.shown.editRelations(at, (list) => [...withoutDraft(list), relationView(created)]);
        this.afterWrite(at, (list) => list);
      } catch (e) {
        this.shown.editRelations(at, withoutDraft);
        throw e;
      }
    });
  };

  /** Removes a relation (drawn or stored); the annotations at both ends stay. */
  readonly unlink = (draftOrId: number): Promise<Outcome> => {
    const at = this.shown.current;
    if (!at) return Promise.resolve('failed');
    return this.change(at, async () => {
      const id = this.storedRelations.get(draftOrId) ?? draftOrId;
      if (!this.shown.target(at).relations.some((r) => r.id === id)) return;
      await call(this.bridge.relations.delete({ id }));
      this.shown.editRelations(at, (list) => list.filter((r) => r.id !== id));
      this.afterWrite(at, (list) => list);
    });
  };

  readonly step = (direction: 'undo' | 'redo'): Promise<Outcome> => {
    const at = this.shown.current;
    if (!at) return Promise.resolve('failed');
    return this.change(at, async () => {
      const request = { documentId: at.doc.id, ...this.inLayer };
      const result = await call(
        direction === 'undo' ? this.bridge.history.undo(request) : this.bridge.history.redo(request),
      );
      if (this.shown.isOpen(at)) {
        const next = afterStep(this.shown.target(at), result);
        if (next) this.shown.show(next, result.history);
        else await this.load(at.doc.id);
        if (result.action === 'status') {
          // Nothing in the article moves: say what the step did.
          this.view.setSelectedId(null);
          const status = statusText(result.status);
          this.host.notify(
            direction === 'undo'
              ? i18n.t('state:undoneStatus', { status })
              : i18n.t('state:redoneStatus', { status }),
          );
        } else this.view.setSelectedId(result.annotation?.id ?? null);
      }
      this.host.onCorpusChanged();
    });
  };

  readonly setStatus = (status: DocumentStatus): Promise<Outcome> => {
    const at = this.shown.current;
    if (!at) return Promise.resolve('failed');
    return this.change(at, async () => {
      // The same status again is no change, and nothing to undo.
      if (this.shown.target(at).doc.status === status) return;
      await call(this.bridge.documents.setStatus({ id: at.doc.id, status }));
      this.shown.setDocFields(at, { status });
      if (this.shown.isOpen(at)) this.view.setHistory((h) => ({ undo: h.undo + 1, redo: 0 }));
      this.host.onCorpusChanged();
    });
  };

  /**
   * The document's own note and flag. Not an undo step: the main side logs
   * them (document_note_history), and a note is edited back by typing.
   */
  readonly mark = (change: { note?: string | null; flag?: string | null }): Promise<Outcome> => {
    const at = this.shown.current;
    if (!at) return Promise.resolve('failed');
    return this.change(at, async () => {
      const marked = await call(this.bridge.documents.mark({ id: at.doc.id, ...change }));
      this.shown.setDocFields(at, { note: marked.note, flag: marked.flag });
      this.host.onCorpusChanged();
    });
  };

  /**
   * Shows an annotation another call stores in the open document (a
   * suggestion accepted), queued behind the changes before it: drawn,
   * selected, counted and undone like one made here.
   */
  readonly adopt = (store: (documentId: number) => Promise<AnnotationView>): Promise<Outcome> => {
    const at = this.shown.current;
    if (!at) return Promise.resolve('failed');
    return this.change(at, async () => {
      const created = await store(at.doc.id);
      this.afterWrite(at, (list) => [...list, created]);
      if (this.shown.isOpen(at)) this.view.setSelectedId(created.id);
      if (this.shown.target(at).doc.status === 'todo') this.shown.setDocFields(at, { status: 'in_progress' });
    });
  };

  /** The same for a call that stores many (all suggestions of a label): the document is read back after it. */
  readonly adoptMany = (store: (documentId: number) => Promise<unknown>): Promise<Outcome> => {
    const at = this.shown.current;
    if (!at) return Promise.resolve('failed');
    return this.change(at, async () => {
      await store(at.doc.id);
      if (this.shown.isOpen(at)) await this.load(at.doc.id);
      this.host.onCorpusChanged();
    });
  };

  /** Selects the next or previous annotation in text order, from whatever is selected by then. */
  readonly moveSelection = (direction: 1 | -1): void => {
    this.view.setSelectedId((current) => {
      const list = this.shown.current?.annotations ?? [];
      if (list.length === 0) return null;
      const index = list.findIndex((a) => a.id === current);
      const next =
        index === -1
          ? direction > 0
            ? 0
            : list.length - 1
          : (index + direction + list.length) % list.length;
      return list[next]?.id ?? null;
    });
  };

  private async load(id: number): Promise<void> {
    const opened = await call(this.bridge.documents.get({ id, ...this.inLayer }));
    const show = () => {
      this.shown.show(
        {
          doc: opened.document,
          annotations: [...opened.annotations].sort(inTextOrder),
          relations: opened.relations.map(relationView),
        },
        opened.history,
      );
      this.host.onLoaded?.(opened.document.id, opened.suggestions);
    };
    if (this.host.showNow) this.host.showNow(show);
    else show();
  }

  /** Runs one change, queued on the document open when it was asked for. */
  private change(at: Opened, work: () => Promise<void>): Promise<Outcome> {
    this.pending++;
    this.view.setSave({ kind: 'saving' });
    const run = this.queue.then(async (): Promise<Outcome> => {
      try {
        await work();
        this.pending--;
        if (this.pending === 0) this.view.setSave(SAVED);
        return 'stored';
      } catch (e) {
        this.pending--;
        if (!this.shown.isOpen(at)) {
          // The user has moved on: what they see now stays as it is.
          this.host.notify(i18n.t('state:notSavedIn', { id: at.doc.externalId, message: messageOf(e) }));
          this.clearSaving();
          return 'failed-elsewhere';
        }
        if (isRefusal(e)) {
          this.host.notify(sentence(e.message));
          this.clearSaving();
        } else this.view.setSave({ kind: 'failed', message: messageOf(e) });
        await this.load(at.doc.id).catch(() => undefined);
        return 'failed';
      }
    });
    this.queue = run;
    return run;
  }

  private clearSaving(): void {
    if (this.pending === 0) this.view.setSave((s) => (s.kind === 'saving' ? SAVED : s));
  }

  /** Whether `draftOrId` is an annotation of the document `at`: ids from another are never sent. */
  private holds(at: Opened, draftOrId: number): boolean {
    const id = this.stored.get(draftOrId) ?? draftOrId;
    return at.annotations.some((a) => a.id === id || a.id === draftOrId);
  }

  private refuseForeign(): Promise<Outcome> {
    this.host.notify(notInDocument());
    return Promise.resolve('failed');
  }

  private afterWrite(at: Opened, next: (list: AnnotationView[]) => AnnotationView[]): void {
    this.shown.edit(at, next);
    if (this.shown.isOpen(at)) this.view.setHistory((h) => ({ undo: h.undo + 1, redo: 0 }));
    this.host.onCorpusChanged();
  }

  /** The refusal of a span that is already there, in the user's terms. */
  private alreadyTagged(at: Opened, e: unknown, span: { labelId: number } & Fragmented): unknown {
    if (!(e instanceof ApiError && e.code === 'CONFLICT')) return e;
    const label = this.host.labels().get(span.labelId)?.name ?? i18n.t('state:thisLabel');
    const text = quote(coveredText(at.doc.text, span));
    return new ApiError(e.code, i18n.t('state:alreadyTagged', { label, text }));
  }
}
