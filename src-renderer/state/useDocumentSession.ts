import { useCallback, useRef, useState } from 'react';
import type { AnnotationView, DocumentRecord, DocumentStatus, Label } from '../../src-main/db/model.ts';
import { api, ApiError, call, messageOf } from './api.ts';
import { inTextOrder } from '../editor/segments.ts';
import { afterNextPaint } from './after-next-paint.ts';
import { STATUS_TEXT } from './wording.ts';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

type Changes = { labelId?: number; start?: number; end?: number };

/**
 * Changes the database turned down as asked (a span tagged twice, nothing to
 * undo, an import running): nothing is lost, the view still shows what is
 * stored, so they are said in passing and the save state stays as it was.
 */
const REFUSALS: ReadonlySet<string> = new Set([
  'CONFLICT',
  'VALIDATION',
  'NOT_FOUND',
  'BUSY',
  'NOTHING_TO_UNDO',
  'NOTHING_TO_REDO',
]);
const isRefusal = (e: unknown): e is ApiError => e instanceof ApiError && REFUSALS.has(e.code);
const sentence = (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
/** A span as a person names it: its label and (the start of) its text. */
const QUOTE_MAX = 40;
const quote = (text: string) => (text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text);

export interface SessionOptions {
  onCorpusChanged: () => void;
  /** Says something briefly (the status line's hint): refusals, steps that are not in view. */
  notify: (message: string) => void;
  labels: ReadonlyMap<number, Label>;
}

/**
 * The open document and every change to it. A new annotation is drawn at
 * once, in the frame of the keypress, and marked saved only when the main
 * process has stored it; every other change is shown once the reply is in. On
 * any failure the document is read back, so the view never keeps what the
 * database lacks.
 */
export function useDocumentSession({ onCorpusChanged, notify, labels }: SessionOptions) {
  const [doc, setDoc] = useState<DocumentRecord | null>(null);
  const [annotations, setAnnotations] = useState<AnnotationView[]>([]);
  const [history, setHistory] = useState({ undo: 0, redo: 0 });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const pending = useRef(0);
  // Changes run one after another, each on the annotations the one before left:
  // keys pressed faster than replies arrive must not act on a stale copy.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef<AnnotationView[]>([]);
  // Annotations drawn before they were stored have a temporary (negative) id;
  // changes queued behind their creation find them under the stored one.
  const stored = useRef(new Map<number, number>());
  const nextDraftId = useRef(-1);
  const openId = useRef<number | null>(null);
  const docId = doc?.id ?? null;

  const showAnnotations = useCallback((next: AnnotationView[]) => {
    latest.current = next.sort(inTextOrder);
    setAnnotations(latest.current);
  }, []);

  const load = useCallback(
    async (id: number) => {
      const opened = await call(api().documents.get({ id }));
      openId.current = opened.document.id;
      setDoc(opened.document);
      showAnnotations([...opened.annotations]);
      setHistory(opened.history);
      return opened;
    },
    [showAnnotations],
  );

  const open = useCallback(
    async (id: number) => {
      try {
        await load(id);
        setSelectedId(null);
      } catch (e) {
        // Opening writes nothing: there is no unsaved work to flag.
        notify(`Could not open the document: ${messageOf(e)}`);
      }
    },
    [load, notify],
  );

  /** Runs one change; true when the database took it. */
  const change = useCallback(
    (work: () => Promise<void>): Promise<boolean> => {
      pending.current++;
      setSave({ kind: 'saving' });
      const run = queue.current.then(async () => {
        try {
          await work();
          pending.current--;
          if (pending.current === 0) setSave({ kind: 'saved' });
          return true;
        } catch (e) {
          pending.current--;
          if (isRefusal(e)) {
            notify(sentence(e.message));
            if (pending.current === 0) setSave((s) => (s.kind === 'saving' ? { kind: 'saved' } : s));
          } else setSave({ kind: 'failed', message: messageOf(e) });
          if (docId !== null) await load(docId).catch(() => undefined);
          return false;
        }
      });
      queue.current = run;
      return run;
    },
    [docId, load, notify],
  );

  /** The refusal of a span that is already there, in the user's terms. */
  const alreadyTagged = useCallback(
    (e: unknown, span: { labelId: number; start: number; end: number }): unknown =>
      e instanceof ApiError && e.code === 'CONFLICT' && doc
        ? new ApiError(
            e.code,
            `already tagged: ${labels.get(span.labelId)?.name ?? 'this label'} “${quote(doc.text.slice(span.start, span.end))}” exists`,
          )
        : e,
    [doc, labels],
  );

  const afterWrite = useCallback(
    (next: (prev: AnnotationView[]) => AnnotationView[]) => {
      showAnnotations(next(latest.current));
      setHistory((h) => ({ undo: h.undo + 1, redo: 0 }));
      onCorpusChanged();
    },
    [showAnnotations, onCorpusChanged],
  );

  const create = useCallback(
    (labelId: number, start: number, end: number) => {
      if (!doc) return Promise.resolve(false);
      const draft: AnnotationView = {
        id: nextDraftId.current--,
        labelId,
        start,
        end,
        annotator: null,
      };
      showAnnotations([...latest.current, draft]);
      setSelectedId(draft.id);
      const withoutDraft = (list: AnnotationView[]) => list.filter((a) => a !== draft);
      return change(async () => {
        try {
          await afterNextPaint();
          const created = await call(api().annotations.create({ documentId: doc.id, labelId, start, end }));
          stored.current.set(draft.id, created.id);
          if (openId.current !== created.documentId) return;
          afterWrite((prev) => [...withoutDraft(prev), created]);
          setSelectedId((id) => (id === draft.id ? created.id : id));
          if (doc.status === 'todo') setDoc({ ...doc, status: 'in_progress' });
        } catch (e) {
          showAnnotations(withoutDraft(latest.current));
          setSelectedId((id) => (id === draft.id ? null : id));
          throw alreadyTagged(e, draft);
        }
      });
    },
    [change, doc, afterWrite, showAnnotations, alreadyTagged],
  );

  /** Changes an annotation; `changes` may be worked out from its current state when its turn comes. */
  const update = useCallback(
    (draftOrId: number, edit: Changes | ((current: AnnotationView) => Changes | null)) =>
      change(async () => {
        const id = stored.current.get(draftOrId) ?? draftOrId;
        const current = latest.current.find((a) => a.id === id);
        if (!current) return;
        const changes = typeof edit === 'function' ? edit(current) : edit;
        if (!changes) return;
        const updated = await call(api().annotations.update({ id, ...changes })).catch((e: unknown) => {
          throw alreadyTagged(e, { ...current, ...changes });
        });
        afterWrite((prev) => prev.map((a) => (a.id === id ? updated : a)));
      }),
    [change, afterWrite, alreadyTagged],
  );

  const remove = useCallback(
    (draftOrId: number) =>
      change(async () => {
        const id = stored.current.get(draftOrId) ?? draftOrId;
        await call(api().annotations.delete({ id }));
        afterWrite((prev) => prev.filter((a) => a.id !== id));
        setSelectedId(null);
      }),
    [change, afterWrite],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') =>
      change(async () => {
        if (!doc) return;
        const request = { documentId: doc.id };
        const result = await call(
          direction === 'undo' ? api().history.undo(request) : api().history.redo(request),
        );
        await load(doc.id);
        if (result.action === 'status') {
          // Nothing in the article moves: say what the step did.
          setSelectedId(null);
          notify(
            `${direction === 'undo' ? 'Undone' : 'Redone'}: the status is ${STATUS_TEXT[result.status]} again.`,
          );
        } else setSelectedId(result.annotation?.id ?? null);
        onCorpusChanged();
      }),
    [change, doc, load, notify, onCorpusChanged],
  );

  const setStatus = useCallback(
    (status: DocumentStatus) =>
      change(async () => {
        // The same status again is no change, and nothing to undo.
        if (!doc || doc.status === status) return;
        await call(api().documents.setStatus({ id: doc.id, status }));
        setDoc({ ...doc, status });
        setHistory((h) => ({ undo: h.undo + 1, redo: 0 }));
        onCorpusChanged();
      }),
    [change, doc, onCorpusChanged],
  );

  /** Selects the next or previous annotation in text order, from whatever is selected by then. */
  const moveSelection = useCallback((direction: 1 | -1) => {
    setSelectedId((current) => {
      const list = latest.current;
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
  }, []);

  return {
    moveSelection,
    doc,
    annotations,
    history,
    selectedId,
    setSelectedId,
    save,
    open,
    create,
    update,
    remove,
    step,
    setStatus,
  };
}

export type DocumentSession = ReturnType<typeof useDocumentSession>;
