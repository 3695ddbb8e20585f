import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { AnnotationView, DocumentRecord, Label, RelationView } from '../../src-main/db/model.ts';
import type { OpenedDocument } from '../../src-main/ipc/contract.ts';
import { api } from './api.ts';
import { afterNextPaint } from './after-next-paint.ts';
import { SessionCore, type History, type SaveState } from './document-session.ts';
import { useLatest } from './useLatest.ts';

export type { SaveState } from './document-session.ts';

export interface SessionOptions {
  onCorpusChanged: () => void;
  /** Says something briefly (the status line's hint): refusals, steps that are not in view. */
  notify: (message: string) => void;
  labels: ReadonlyMap<number, Label>;
  /** The document was read (opened, or read back after undo, redo or a failed change), with its open suggestions. */
  onLoaded: (documentId: number, suggestions: OpenedDocument['suggestions']) => void;
}

/** The open document and every change to it (document-session.ts), as React state. */
export function useDocumentSession(options: SessionOptions) {
  const [doc, setDoc] = useState<DocumentRecord | null>(null);
  const [annotations, setAnnotations] = useState<AnnotationView[]>([]);
  const [relations, setRelations] = useState<RelationView[]>([]);
  const [history, setHistory] = useState<History>({ undo: 0, redo: 0 });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const latest = useLatest(options);
  const [session] = useState(
    () =>
      new SessionCore(
        api(),
        { setDoc, setAnnotations, setRelations, setHistory, setSelectedId, setSave },
        {
          notify: (message) => latest.current.notify(message),
          onCorpusChanged: () => latest.current.onCorpusChanged(),
          onLoaded: (id, suggestions) => latest.current.onLoaded(id, suggestions),
          labels: () => latest.current.labels,
          afterNextPaint,
          showNow: flushSync,
        },
      ),
  );

  return {
    moveSelection: session.moveSelection,
    doc,
    annotations,
    relations,
    history,
    selectedId,
    setSelectedId,
    save,
    open: session.open,
    create: session.create,
    update: session.update,
    amend: session.amend,
    remove: session.remove,
    link: session.link,
    unlink: session.unlink,
    step: session.step,
    setStatus: session.setStatus,
    mark: session.mark,
    setLayer: session.setLayer,
    reload: session.reload,
    adopt: session.adopt,
    adoptMany: session.adoptMany,
  };
}

export type DocumentSession = ReturnType<typeof useDocumentSession>;
