import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { DocumentStatus } from '../src-main/db/model.ts';
import { ArticleSection } from './app/ArticleSection.tsx';
import { useArticleSelection } from './app/useArticleSelection.ts';
import { useKeyContext } from './app/useKeyContext.ts';
import { applyLabel, useEditorKeys } from './editor/useEditorKeys.ts';
import { useLabelsAtCaret } from './editor/useLabelsAtCaret.ts';
import { useAgreementKey } from './agreement/useAgreementKey.ts';
import { useRelationEditing } from './frame/useRelationEditing.ts';
import { AnnotationChooser } from './panels/AnnotationChooser.tsx';
import { DocumentList } from './panels/DocumentList.tsx';
import { Dialogs, type Dialog } from './panels/Dialogs.tsx';
import { SidePanel } from './panels/SidePanel.tsx';
import { LabelBar } from './panels/LabelBar.tsx';
import { StatusLine } from './panels/StatusLine.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import { useCorpus } from './state/useCorpus.ts';
import { useChecks } from './state/useChecks.ts';
import { useCorpusTransfer } from './state/useCorpusTransfer.ts';
import { useDoneCheck } from './state/useDoneCheck.ts';
import { useDocumentSession } from './state/useDocumentSession.ts';
import { useEscapeCloses } from './state/useEscapeCloses.ts';
import { useMenuCommands } from './state/useMenuCommands.ts';
import { useReadingPlace } from './state/useReadingPlace.ts';
import { useSchemeView } from './state/useSchemeView.ts';
import { useTheme } from './state/useTheme.ts';
import { useAnnotator } from './state/useAnnotator.ts';
import { useHint } from './state/useHint.ts';
import { useLatest } from './state/useLatest.ts';
import { useOpenFirstImported } from './state/useOpenFirstImported.ts';
import { TeamSide } from './team/TeamSide.tsx';
import { useTeamKeys } from './team/useTeamKeys.ts';
import { useNoteKeys } from './state/useNoteKeys.ts';
import { layoutClasses, layoutStyle, useLayout } from './state/useLayout.ts';
import { PanelEdge } from './panels/PanelEdge.tsx';
import { useTeamView } from './team/useTeamView.ts';
import { useSync } from './team/useSync.ts';
import { useCurationSession } from './team/useCurationSession.ts';
import { SuggestionPanel } from './suggest/SuggestionPanel.tsx';
import { useSuggestionCommand } from './suggest/useSuggestionCommand.ts';
import { useSuggestionList } from './suggest/useSuggestionList.ts';
import { useSuggestions } from './suggest/useSuggestions.ts';
import { useFind } from './find/useFind.ts';

export function App() {
  const { hint, showHint } = useHint();

  const corpus = useCorpus(showHint);
  const labelsById = useMemo(() => new Map(corpus.labels.map((l) => [l.id, l])), [corpus.labels]);
  const suggestionList = useSuggestionList(showHint);
  const session = useDocumentSession({
    onCorpusChanged: corpus.refresh,
    notify: showHint,
    labels: labelsById,
    onLoaded: (id, stored) => void suggestionList.load(id, stored),
  });
  const scheme = useSchemeView(corpus.labels, showHint);
  const annotator = useAnnotator(showHint, () => void session.reload());
  // Moved by a team sync that changed the open document (useSync below).
  const [pulled, setPulled] = useState(0);
  const team = useTeamView({
    session,
    me: annotator.setting?.name ?? null,
    notify: showHint,
    onCorpusChanged: corpus.refresh,
    pulled,
  });
  const { toggleTheme } = useTheme();
  const [dialog, setDialog] = useState<Dialog>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const askName = useCallback(() => setDialog('annotator'), []);
  const [exact, setExact] = useState(false);
  // Only narrow windows fold the annotation panel away (styles.css); wide ones always show it.
  const [panelOpen, setPanelOpen] = useState(false);
  const togglePanel = useCallback(() => setPanelOpen((o) => !o), []);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const suggestions = useSuggestions({
    list: suggestionList,
    session,
    root,
    labels: labelsById,
    notify: showHint,
  });
  const askAcceptAll = useCallback(() => setDialog('accept-all'), []);
  const { open } = session;
  const openDocument = useCallback((id: number) => void open(id), [open]);
  const { showOthersNow } = team;
  // The Agreement screen opens a document to compare its layers: show them.
  const compareLayersIn = useCallback(
    (id: number) => {
      openDocument(id);
      showOthersNow();
    },
    [openDocument, showOthersNow],
  );
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  useReadingPlace({ docId: session.doc?.id ?? null, open, root, scroller });
  const { linking, roleChoice, setRoleChoice, linkAs } = useRelationEditing({
    root,
    session,
    roles: scheme.roles,
    labels: labelsById,
    hint: showHint,
  });

  const onImported = useOpenFirstImported(session.doc, corpus.refresh, open);
  const transfer = useCorpusTransfer(onImported);
  // Clearing an attribute's values changes annotations of the open document: read it again.
  const openId = session.doc?.id ?? null;
  const reopen = useCallback(() => {
    if (openId !== null) void open(openId);
  }, [open, openId]);
  const { runImport } = transfer;
  // The panel and the save state follow in a render of their own, after the
  // article's: a keypress is for the highlight, and redrawing the panel's rows
  // before it delayed it (key → highlight laid out, p95: 14–15 → 10–12 ms).
  const panelAnnotations = useDeferredValue(session.annotations);
  const panelSelectedId = useDeferredValue(session.selectedId);
  // The list's grouping by frame likewise: Enter is for the link in the frame and its arc.
  const panelRelations = useDeferredValue(session.relations);
  const statusSave = useDeferredValue(session.save);
  // Read again after every stored change (each moves the history) and every scheme or corpus change.
  const checksChanged = useMemo(
    () => [panelAnnotations, session.history, corpus.version],
    [panelAnnotations, session.history, corpus.version],
  );
  const sync = useSync({
    notify: showHint,
    changed: checksChanged,
    onPulled: ({ changedDocuments }) => {
      void corpus.refresh();
      if (openId !== null && changedDocuments.includes(openId)) setPulled((n) => n + 1);
    },
  });
  const openTeamSettings = useCallback(() => setDialog('team'), []);
  const checks = useChecks(
    session.doc?.id ?? null,
    checksChanged,
    showHint,
    team.curating ? 'gold' : undefined,
  );
  // The status buttons and Alt + digit both ask before marking a document with open warnings done.
  const done = useDoneCheck(session, checks.read);
  // While curating, Alt + digit and the status buttons set the curation status.
  const keySession = useCurationSession(done.session, team.curating, team.setCurationStatus);
  const blocked =
    dialog !== null || transfer.running !== null || transfer.result !== null || done.question !== null;

  const keyContext = useKeyContext({
    root,
    session: keySession,
    labels: corpus.labels,
    roles: scheme.roles,
    linking,
    exact,
    blocked,
    hint: showHint,
    suggestions,
    askAcceptAll,
    setExact,
    setDialog,
    setPanelOpen,
  });
  useEditorKeys(keyContext);
  // Stable, so that a keypress that changes the session re-renders neither the label bar nor the status buttons.
  const keysRef = useLatest(keyContext);
  const applyFromBar = useCallback(
    (id: number) => {
      const keys = keysRef.current;
      void applyLabel(keys, id, keys.exact);
    },
    [keysRef],
  );
  const toggleExact = useCallback(() => setExact((x) => !x), []);
  const doneRef = useLatest(done.session);
  const setStatus = useCallback(
    (status: DocumentStatus) => {
      const session = doneRef.current;
      void session.setStatus(status);
    },
    [doneRef],
  );
  const { chooser, setChooser, showAnnotation, onArticleMouseUp } = useArticleSelection({
    root,
    session,
    suggestions,
    keyContext,
    exact,
  });
  const find = useFind({
    root,
    scroller,
    doc: session.doc,
    open,
    blocked,
    openSearch: useCallback(() => setDialog('corpus-search'), []),
    hint: showHint,
  });
  const labelsHere = useLabelsAtCaret(root, session.annotations, labelsById);

  const suggestionCommand = useSuggestionCommand(keyContext);

  useAgreementKey(useCallback(() => setDialog('agreement'), []));
  useTeamKeys({
    labels: corpus.labels,
    roles: scheme.roles,
    blocked,
    toggleOthers: team.toggleOthers,
    toggleCuration: team.toggleCuration,
  });
  const layout = useLayout();
  useNoteKeys({
    labels: corpus.labels,
    roles: scheme.roles,
    blocked: blocked || team.curating,
    doc: session.doc,
    selected: session.annotations.find((a) => a.id === session.selectedId) ?? null,
    amend: session.amend,
    mark: session.mark,
    showPanel: () => setPanelOpen(true),
    hint: showHint,
  });
  useMenuCommands({
    runImport,
    step: session.step,
    toggleTheme,
    setDialog,
    toggleLayers: team.toggleOthers,
    curate: team.toggleCuration,
    suggestionCommand,
    findCommand: find.command,
    syncNow: sync.syncNow,
  });

  const closeRest = useCallback(() => {
    setChooser(null);
    setRoleChoice(null);
    setPanelOpen(false);
  }, [setRoleChoice, setChooser]);
  useEscapeCloses({
    dialog,
    closeDialog,
    reportShown: transfer.result !== null,
    closeReport: transfer.clearResult,
    closeRest,
  });

  const empty = corpus.stats?.documents.total === 0;
  const doc = session.doc;

  return (
    <div className="app">
      <Toolbar
        history={doc ? session.history : null}
        canExport={!empty}
        annotationCount={doc ? session.annotations.length : null}
        panelOpen={panelOpen}
        onDialog={setDialog}
        onStep={session.step}
        onTogglePanel={togglePanel}
        onToggleTheme={toggleTheme}
      />
      <LabelBar labels={corpus.labels} exact={exact} onApply={applyFromBar} onToggleExact={toggleExact} />
      <main
        className={`workspace${doc ? '' : ' no-panel'}${panelOpen ? ' panel-open' : ''}${layoutClasses(layout.layout)}`}
        style={layoutStyle(layout.layout)}
      >
        <DocumentList
          selectedId={doc?.id ?? null}
          version={corpus.version}
          labels={labelsById}
          onOpen={openDocument}
          report={showHint}
        />
        <PanelEdge
          side="list"
          layout={layout.layout.list}
          controls="document-list"
          onResize={layout.resize}
          onToggle={layout.toggle}
        />
        <ArticleSection
          empty={empty}
          session={session}
          annotator={annotator}
          labels={corpus.labels}
          labelsById={labelsById}
          roles={scheme.roles}
          linking={linking.state}
          suggestions={suggestions}
          team={team}
          find={find}
          root={root}
          scroller={scroller}
          onRoot={setRoot}
          onScroller={setScroller}
          onMouseUp={onArticleMouseUp}
          onStatus={setStatus}
          onLoadSamples={() => void runImport('samples', { skipInvalid: false, createLabels: false })}
          onImport={() => setDialog('import')}
        />
        {doc && (
          <SidePanel
            text={doc.text}
            annotations={panelAnnotations}
            relations={session.relations}
            listRelations={panelRelations}
            selectedId={panelSelectedId}
            warnings={checks.warnings}
            scheme={scheme}
            labels={labelsById}
            linking={linking}
            root={root}
            onSelect={showAnnotation}
            onUnlink={(id) => void session.unlink(id)}
            onAmend={session.amend}
            top={
              <TeamSide
                team={team}
                text={doc.text}
                labels={labelsById}
                roles={scheme.roles}
                me={annotator.setting?.name ?? null}
                hint={showHint}
              />
            }
            suggestions={
              <SuggestionPanel
                text={doc.text}
                suggestions={suggestions}
                labels={labelsById}
                onAskAcceptAll={askAcceptAll}
              />
            }
          />
        )}
        {/* After the panel: leaving the article, Tab goes on to the panel's contents first. */}
        {doc && (
          <PanelEdge
            side="panel"
            layout={layout.layout.panel}
            controls="side-panel"
            onResize={layout.resize}
            onToggle={layout.toggle}
          />
        )}
        {/* In the main landmark, where the article it points into is; fixed, so placed on screen all the same. */}
        {chooser && doc && (
          <AnnotationChooser
            x={chooser.x}
            y={chooser.y}
            text={doc.text}
            annotations={chooser.ids}
            labels={labelsById}
            onChoose={(id) => {
              session.setSelectedId(id);
              setChooser(null);
            }}
          />
        )}
      </main>
      <StatusLine
        save={statusSave}
        stats={corpus.stats}
        hint={hint}
        here={labelsHere}
        annotator={annotator.setting}
        onChangeName={askName}
        sync={sync.view}
        onSyncNow={sync.syncNow}
        onTeamSettings={openTeamSettings}
      />
      <Dialogs
        dialog={dialog}
        onClose={closeDialog}
        onSchemeChanged={corpus.refresh}
        onValuesCleared={reopen}
        roleChoice={roleChoice}
        onLinkAs={linkAs}
        stats={corpus.stats}
        transfer={transfer}
        doneQuestion={done.question}
        onDoneAnswer={done.answer}
        onOpenDocument={compareLayersIn}
        annotator={annotator}
        onTeamSaved={sync.syncNow}
        acceptAll={{
          counts: suggestions.counts,
          labels: corpus.labels,
          onChoose: (id) => void suggestions.acceptAll(id),
        }}
        search={{
          labels: corpus.labels,
          initial: find.searchText,
          onOpenHit: (hit) => {
            closeDialog();
            find.openHit(hit);
          },
          onAnnotated: (message) => {
            showHint(message);
            corpus.refresh();
            reopen();
          },
        }}
      />
    </div>
  );
}
