import { useCallback, useEffect, useMemo, useState } from 'react';
import { GOLD_LAYER } from '../../src-main/db/annotator-name.ts';
import type { LayerSummary } from '../../src-main/db/layers.ts';
import type { DocumentStatus } from '../../src-main/db/model.ts';
import type { CurationView } from '../../src-main/ipc/contract-team.ts';
import { i18n } from '../i18n/i18n.ts';
import { statusInSentence } from '../i18n/words.ts';
import { api, call, messageOf } from '../state/api.ts';
import type { DocumentSession } from '../state/useDocumentSession.ts';
import type { ShownLayer } from './LayerMarks.tsx';

interface Options {
  session: DocumentSession;
  /** The user's name: their layer is edited, every other one only shown. */
  me: string | null;
  notify: (message: string) => void;
  onCorpusChanged: () => void;
  /** Moves when a team sync changed the open document: its other layers and gold are read again. */
  pulled: number;
}

/**
 * The open document's layers and its curation: which layers there are,
 * whether the others are shown read-only, and the curation view, in which
 * the editor works on gold and the curation list sits beside it.
 */
export function useTeamView({ session, me, notify, onCorpusChanged, pulled }: Options) {
  const docId = session.doc?.id ?? null;
  const [layers, setLayers] = useState<LayerSummary[]>([]);
  const [showOthers, setShowOthers] = useState(false);
  const [shown, setShown] = useState<ShownLayer[]>([]);
  const [curating, setCurating] = useState(false);
  const [curation, setCuration] = useState<CurationView | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const { setLayer, reload, setSelectedId, history, annotations } = session;

  // Read again after every stored change of the open document (each moves its history), and
  // after a sync changed it: the other layers redraw live; the edited layer is left as it is.
  useEffect(() => {
    if (docId === null) return;
    let current = true;
    void call(api().layers.list({ documentId: docId })).then(
      (list) => current && setLayers(list),
      (e: unknown) => notify(i18n.t('team:error.layers', { reason: messageOf(e) })),
    );
    return () => {
      current = false;
    };
  }, [docId, history, pulled, notify]);

  // The layers drawn beside the edited one: every annotator's but the user's own while editing, all of them while curating.
  const otherNames = useMemo(
    () =>
      layers
        .map((l) => l.name)
        .filter((n): n is string => n !== null && n !== GOLD_LAYER && (curating || n !== me))
        .concat(!curating && layers.some((l) => l.name === GOLD_LAYER) ? [GOLD_LAYER] : []),
    [layers, me, curating],
  );
  useEffect(() => {
    if (docId === null || !(showOthers || curating) || otherNames.length === 0) {
      setShown([]);
      return;
    }
    let current = true;
    void Promise.all(
      otherNames.map(async (name) => ({
        name,
        annotations: (await call(api().layers.get({ documentId: docId, layer: name }))).annotations,
      })),
    ).then(
      (read) => current && setShown(read),
      (e: unknown) => notify(i18n.t('team:error.others', { reason: messageOf(e) })),
    );
    return () => {
      current = false;
    };
  }, [docId, showOthers, curating, otherNames, notify]);

  useEffect(() => {
    if (docId === null || !curating) {
      setCuration(null);
      return;
    }
    let current = true;
    void call(api().curation.list({ documentId: docId })).then(
      (view) => current && setCuration(view),
      (e: unknown) => notify(i18n.t('team:error.curation', { reason: messageOf(e) })),
    );
    return () => {
      current = false;
    };
  }, [docId, curating, history, annotations, pulled, notify]);

  const toggleOthers = useCallback(() => {
    setShowOthers((on) => {
      notify(on ? i18n.t('team:notice.othersHidden') : i18n.t('team:notice.othersShown'));
      return !on;
    });
  }, [notify]);

  /** Shows the other layers (the Agreement screen opens a document to compare them). */
  const showOthersNow = useCallback(() => setShowOthers(true), []);

  const toggleCuration = useCallback(() => {
    if (docId === null) {
      notify(i18n.t('team:notice.openFirst'));
      return;
    }
    const next = !curating;
    setCurating(next);
    setSelectedKey(null);
    void setLayer(next ? GOLD_LAYER : undefined);
  }, [docId, curating, notify, setLayer]);

  // Leaving the document leaves the curation view: the next one opens in the user's own layer.
  const [curatedDoc, setCuratedDoc] = useState<number | null>(null);
  useEffect(() => {
    if (curating && curatedDoc !== null && curatedDoc !== docId) {
      setCurating(false);
      setSelectedKey(null);
      void setLayer(undefined);
    }
    setCuratedDoc(curating ? docId : null);
  }, [curating, curatedDoc, docId, setLayer]);

  /** Runs a curation call, then shows its list and reads gold again. */
  const act = useCallback(
    async (work: () => Promise<CurationView>, said?: (view: CurationView) => string) => {
      try {
        const view = await work();
        setCuration(view);
        if (said) notify(said(view));
        await reload();
        onCorpusChanged();
      } catch (e) {
        notify(`${messageOf(e)}.`);
      }
    },
    [notify, reload, onCorpusChanged],
  );

  const select = useCallback(
    (key: string) => {
      setSelectedKey(key);
      const item = curation?.items.find((i) => i.key === key);
      setSelectedId(item?.kind === 'span' ? item.goldId : null);
    },
    [curation, setSelectedId],
  );
  // An item accepted while selected: its gold span is the one the editor's keys now change.
  useEffect(() => {
    const item = curation?.items.find((i) => i.key === selectedKey);
    if (item?.kind === 'span' && item.goldId !== null) setSelectedId(item.goldId);
  }, [curation, selectedKey, setSelectedId]);

  const id = docId ?? 0;
  return {
    layers,
    showOthers,
    toggleOthers,
    showOthersNow,
    shown,
    curating,
    toggleCuration,
    curation,
    selectedKey,
    select,
    accept: (key: string) =>
      void act(
        () => call(api().curation.accept({ documentId: id, key })),
        () => i18n.t('team:notice.accepted'),
      ),
    reject: (key: string) =>
      void act(
        () => call(api().curation.reject({ documentId: id, key })),
        () => i18n.t('team:notice.rejected'),
      ),
    acceptAgreed: () =>
      void act(
        () => call(api().curation.acceptAgreed({ documentId: id })),
        (v) =>
          i18n.t('team:notice.acceptedAgreed', {
            count: 'accepted' in v && typeof v.accepted === 'number' ? v.accepted : 0,
          }),
      ),
    setCurationStatus: (status: DocumentStatus) =>
      act(
        () => call(api().curation.setStatus({ documentId: id, status })),
        () => i18n.t('team:notice.status', { status: statusInSentence(status) }),
      ),
  };
}

export type TeamView = ReturnType<typeof useTeamView>;
