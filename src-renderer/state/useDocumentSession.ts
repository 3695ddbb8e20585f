import { useCallback, useRef, useState } from 'react';
import type { Annotation, DocumentRecord, DocumentStatus } from '../../src-main/db/model.ts';
import { api, call, messageOf } from './api.ts';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

const byOffsets = (a: Annotation, b: Annotation) => a.start - b.start || a.end - b.end || a.id - b.id;

/**
 * The open document and every change to it. Each change is stored through the
 * main process first and shown once the reply is in; on any failure the
 * document is read back, so the view never shows what the database lacks.
 */
export function useDocumentSession(onCorpusChanged: () => void) {
  const [doc, setDoc] = useState<DocumentRecord | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [history, setHistory] = useState({ undo: 0, redo: 0 });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const pending = useRef(0);
  const docId = doc?.id ?? null;

  const load = useCallback(async (id: number) => {
    const opened = await call(api().documents.get({ id }));
    setDoc(opened.document);
    setAnnotations([...opened.annotations].sort(byOffsets));
    setHistory(opened.history);
    return opened;
  }, []);

  const open = useCallback(
    async (id: number) => {
      try {
        await load(id);
        setSelectedId(null);
      } catch (e) {
        setSave({ kind: 'failed', message: `Could not open the document: ${messageOf(e)}` });
      }
    },
    [load],
  );

  /** Runs one change; true when the database took it. */
  const change = useCallback(
    async (work: () => Promise<void>): Promise<boolean> => {
      pending.current++;
      setSave({ kind: 'saving' });
      try {
        await work();
        pending.current--;
        if (pending.current === 0) setSave({ kind: 'saved' });
        return true;
      } catch (e) {
        pending.current--;
        setSave({ kind: 'failed', message: messageOf(e) });
        if (docId !== null) await load(docId).catch(() => undefined);
        return false;
      }
    },
    [docId, load],
  );

  const afterWrite = useCallback(
    (next: Annotation[] | ((prev: Annotation[]) => Annotation[])) => {
      setAnnotations((prev) => (typeof next === 'function' ? next(prev) : next).sort(byOffsets));
      setHistory((h) => ({ undo: h.undo + 1, redo: 0 }));
      onCorpusChanged();
    },
    [onCorpusChanged],
  );

  const create = useCallback(
    (labelId: number, start: number, end: number) =>
      change(async () => {
        if (!doc) return;
        const created = await call(api().annotations.create({ documentId: doc.id, labelId, start, end }));
        afterWrite((prev) => [...prev, created]);
        setSelectedId(created.id);
        if (doc.status === 'todo') setDoc({ ...doc, status: 'in_progress' });
      }),
    [change, doc, afterWrite],
  );

  const update = useCallback(
    (id: number, changes: { labelId?: number; start?: number; end?: number }) =>
      change(async () => {
        const updated = await call(api().annotations.update({ id, ...changes }));
        afterWrite((prev) => prev.map((a) => (a.id === id ? updated : a)));
      }),
    [change, afterWrite],
  );

  const remove = useCallback(
    (id: number) =>
      change(async () => {
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
        setSelectedId(result.annotation?.id ?? null);
        onCorpusChanged();
      }),
    [change, doc, load, onCorpusChanged],
  );

  const setStatus = useCallback(
    (status: DocumentStatus) =>
      change(async () => {
        if (!doc) return;
        await call(api().documents.setStatus({ id: doc.id, status }));
        setDoc({ ...doc, status });
        onCorpusChanged();
      }),
    [change, doc, onCorpusChanged],
  );

  return {
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
