import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ImportReport } from '../src-main/corpus/report.ts';
import type { AnnotationView } from '../src-main/db/model.ts';
import { ArticleView } from './editor/ArticleView.tsx';
import { selectedRange } from './editor/dom-offsets.ts';
import { covers } from './editor/fragments.ts';
import { revealAnnotation } from './editor/reveal.ts';
import { addFragment } from './editor/fragment-keys.ts';
import { applyLabel, useEditorKeys, type EditorKeyContext } from './editor/useEditorKeys.ts';
import { useLabelsAtCaret } from './editor/useLabelsAtCaret.ts';
import { Connectors } from './frame/Connectors.tsx';
import { useRelationEditing } from './frame/useRelationEditing.ts';
import { AboutDialog } from './panels/AboutDialog.tsx';
import { AnnotationChooser } from './panels/AnnotationChooser.tsx';
import { AnnotationPanel } from './panels/AnnotationPanel.tsx';
import { ChecksPanel } from './panels/ChecksPanel.tsx';
import { DoneConfirm } from './panels/DoneConfirm.tsx';
import { FIRST_ATTRIBUTE_FIELD } from './panels/AttributeFields.tsx';
import { SelectedAnnotation } from './panels/SelectedAnnotation.tsx';
import { DocumentList } from './panels/DocumentList.tsx';
import { EventFrame, firstFrameControl } from './panels/EventFrame.tsx';
import { LabelBar } from './panels/LabelBar.tsx';
import { keyText } from './panels/key-text.ts';
import { RoleChooser } from './panels/RoleChooser.tsx';
import { ShortcutOverlay } from './panels/ShortcutOverlay.tsx';
import { StatusLine } from './panels/StatusLine.tsx';
import { ExportDialog, ImportDialog, ProgressOverlay, ResultDialog } from './panels/TransferDialogs.tsx';
import { SchemeDialog } from './scheme/SchemeDialog.tsx';
import { MENU_KEYS } from '../src-main/ipc/contract.ts';
import { api, call } from './state/api.ts';
import { useCorpus } from './state/useCorpus.ts';
import { useChecks } from './state/useChecks.ts';
import { afterNextPaint } from './state/after-next-paint.ts';
import { useCorpusTransfer } from './state/useCorpusTransfer.ts';
import { useDoneCheck } from './state/useDoneCheck.ts';
import { useDocumentSession } from './state/useDocumentSession.ts';
import { useLatest } from './state/useLatest.ts';
import { useReadingPlace } from './state/useReadingPlace.ts';
import { useSchemeView } from './state/useSchemeView.ts';
import { useTheme } from './state/useTheme.ts';
import { STATUS_ORDER, statusDigit } from './state/statuses.ts';
import { STATUS_TEXT } from './state/wording.ts';

type Dialog = 'import' | 'export' | 'scheme' | 'shortcuts' | 'about' | null;

export function App() {
  const [hint, setHint] = useState<string | null>(null);
  const hintTimer = useRef<number | undefined>(undefined);
  const showHint = useCallback((message: string) => {
    setHint(message);
    window.clearTimeout(hintTimer.current);
    hintTimer.current = window.setTimeout(() => setHint(null), 4000);
  }, []);

  const corpus = useCorpus(showHint);
  const labelsById = useMemo(() => new Map(corpus.labels.map((l) => [l.id, l])), [corpus.labels]);
  const session = useDocumentSession({
    onCorpusChanged: corpus.refresh,
    notify: showHint,
    labels: labelsById,
  });
  const scheme = useSchemeView(corpus.labels, showHint);
  const { toggleTheme } = useTheme();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exact, setExact] = useState(false);
  // Only narrow windows fold the annotation panel away (styles.css); wide ones always show it.
  const [panelOpen, setPanelOpen] = useState(false);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [chooser, setChooser] = useState<{ x: number; y: number; ids: AnnotationView[] } | null>(null);
  const { open, setSelectedId } = session;
  const openDocument = useCallback((id: number) => void open(id), [open]);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  useReadingPlace({ docId: session.doc?.id ?? null, open, root, scroller });
  const { linking, roleChoice, setRoleChoice, linkAs } = useRelationEditing({
    root,
    session,
    roles: scheme.roles,
    labels: labelsById,
    hint: showHint,
  });

  // An import into a window with no document open opens the first one: the
  // samples are there to be read. It opens before the result is shown, so
  // that closing the result gives focus to its text (useDialogFocus).
  const openDoc = useLatest(session.doc);
  const { refresh } = corpus;
  const onImported = useCallback(
    async (report: ImportReport) => {
      refresh();
      if (report.imported === 0 || openDoc.current) return;
      try {
        const first = (await call(api().documents.list({ offset: 0, limit: 1 }))).items[0];
        if (first && !openDoc.current) await open(first.id);
      } catch {
        // The list itself reports what it cannot read.
      }
    },
    [refresh, open, openDoc],
  );
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
  const statusSave = useDeferredValue(session.save);
  // Read again after every stored change (each moves the history) and every scheme or corpus change.
  const checksChanged = useMemo(
    () => [panelAnnotations, session.history, corpus.version],
    [panelAnnotations, session.history, corpus.version],
  );
  const checks = useChecks(session.doc?.id ?? null, checksChanged, showHint);
  // The status buttons and Alt + digit both ask before marking a document with open warnings done.
  const done = useDoneCheck(session, checks.read);
  // The selected annotation's fields follow with the panel; a new element
  // only when they change, so the memoized panel is left alone otherwise.
  const { amend } = session;
  const details = useMemo(() => {
    const selected = panelAnnotations.find((a) => a.id === panelSelectedId);
    return selected ? (
      <SelectedAnnotation
        annotation={selected}
        attributes={scheme.attributes}
        onChange={(changes) => void amend(selected.id, changes)}
        onLeave={() => root?.focus()}
      />
    ) : null;
  }, [panelAnnotations, panelSelectedId, scheme.attributes, amend, root]);
  const panelRelations = useDeferredValue(session.relations);

  const keyContext: EditorKeyContext = useMemo(
    () => ({
      root,
      session: done.session,
      labels: corpus.labels,
      roles: scheme.roles,
      linking,
      exact,
      blocked:
        dialog !== null || transfer.running !== null || transfer.result !== null || done.question !== null,
      hint: showHint,
      toggleExact: () => setExact((x) => !x),
      showShortcuts: () => setDialog('shortcuts'),
      focusFilter: () => document.querySelector<HTMLInputElement>('.doc-filters input')?.focus(),
      focusAttributes: () => {
        // A narrow window shows the panel first.
        setPanelOpen(true);
        void afterNextPaint().then(() => {
          const field = document.querySelector<HTMLElement>(FIRST_ATTRIBUTE_FIELD);
          if (field) field.focus();
          else showHint('Select an annotation to set its attributes.');
        });
      },
      focusFrame: () => firstFrameControl()?.focus(),
    }),
    [
      root,
      done.session,
      corpus.labels,
      scheme.roles,
      linking,
      exact,
      dialog,
      transfer.running,
      transfer.result,
      done.question,
      showHint,
    ],
  );
  useEditorKeys(keyContext);
  const labelsHere = useLabelsAtCaret(root, session.annotations, labelsById);

  useEffect(
    () =>
      api().on('menu.command', ({ command }) => {
        if (command === 'import-files') void runImport('files', { skipInvalid: false, createLabels: false });
        else if (command === 'import-folder')
          void runImport('folder', { skipInvalid: false, createLabels: false });
        else if (command === 'export') setDialog('export');
        else if (command === 'undo' || command === 'redo') {
          // The menu's accelerator also fires while typing in a field: there it edits the field.
          const active = document.activeElement;
          if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)
            document.execCommand(command);
          else void session.step(command);
        } else if (command === 'toggle-theme') toggleTheme();
        else if (command === 'scheme') setDialog('scheme');
        else if (command === 'shortcuts') setDialog('shortcuts');
        else if (command === 'about') setDialog('about');
      }),
    [runImport, session, toggleTheme],
  );

  // Escape closes whatever sits on top: a dialog, the import/export report, the chooser
  // and the folded-out annotation panel.
  // A layout effect: a dialog on screen must already be known here, or an
  // Escape pressed the moment it appears would close nothing.
  const { result: transferResult, clearResult } = transfer;
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The scheme editor closes itself: it asks first when changes are unsaved.
      if (e.key !== 'Escape' || dialog === 'scheme') return;
      if (dialog !== null) setDialog(null);
      else if (transferResult) clearResult();
      else {
        setChooser(null);
        setRoleChoice(null);
        setPanelOpen(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, transferResult, clearResult, setRoleChoice]);

  // The selected annotation is scrolled into view wherever it was selected from.
  // One just drawn from a keypress (a draft, id < 0) is where the selection was,
  // in view already: looking it up would only slow the keypress down.
  useEffect(() => {
    if (!root || session.selectedId === null || session.selectedId < 0) return;
    revealAnnotation(root, session.selectedId);
  }, [root, session.selectedId]);
  // A row clicked again scrolls too, though the selection, and so the effect above, stays.
  const showAnnotation = useCallback(
    (id: number) => {
      setSelectedId(id);
      if (root) revealAnnotation(root, id);
    },
    [root, setSelectedId],
  );

  const onArticleMouseUp = (e: React.MouseEvent) => {
    if (!root) return;
    const range = selectedRange(root);
    // A selection made with Alt held is one more fragment of the selected annotation.
    if (e.altKey && range && !range.collapsed && session.selectedId !== null) {
      void addFragment(keyContext, exact);
      return;
    }
    if (!range || !range.collapsed) {
      setChooser(null);
      return;
    }
    const covering = session.annotations.filter((a) => covers(a, range.start));
    if (covering.length > 1) setChooser({ x: e.clientX, y: e.clientY, ids: covering });
    else {
      setChooser(null);
      session.setSelectedId(covering[0]?.id ?? null);
    }
  };

  const empty = corpus.stats?.documents.total === 0;
  const doc = session.doc;

  return (
    <div className="app">
      <header className="toolbar">
        <h1>Annotator</h1>
        <button type="button" onClick={() => setDialog('import')}>
          Import…
        </button>
        <button type="button" onClick={() => setDialog('export')} disabled={empty}>
          Export…
        </button>
        <button
          type="button"
          onClick={() => void session.step('undo')}
          disabled={!doc || session.history.undo === 0}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => void session.step('redo')}
          disabled={!doc || session.history.redo === 0}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <span className="spacer" />
        <button
          type="button"
          onClick={() => setDialog('scheme')}
          title={`Annotation scheme (${keyText(MENU_KEYS.scheme)})`}
        >
          Scheme…
        </button>
        {doc && (
          <button
            type="button"
            className="panel-toggle"
            aria-expanded={panelOpen}
            onClick={() => setPanelOpen((o) => !o)}
          >
            Annotations ({session.annotations.length})
          </button>
        )}
        <button type="button" onClick={toggleTheme} title="Light or dark theme">
          Theme
        </button>
        <button type="button" onClick={() => setDialog('shortcuts')} title="Keyboard shortcuts (?)">
          ?
        </button>
      </header>
      <LabelBar
        labels={corpus.labels}
        exact={exact}
        onApply={(id) => void applyLabel(keyContext, id, exact)}
        onToggleExact={() => setExact((x) => !x)}
      />
      <main className={`workspace${doc ? '' : ' no-panel'}${panelOpen ? ' panel-open' : ''}`}>
        <DocumentList
          selectedId={doc?.id ?? null}
          version={corpus.version}
          onOpen={openDocument}
          report={showHint}
        />
        <section className="article" aria-label="Article">
          {empty ? (
            <div className="welcome">
              <h2>Welcome</h2>
              <p>The corpus is empty. Start with the five sample articles, or import your own.</p>
              <button
                type="button"
                onClick={() => void runImport('samples', { skipInvalid: false, createLabels: false })}
              >
                Load the sample articles
              </button>
              <button type="button" onClick={() => setDialog('import')}>
                Import files…
              </button>
            </div>
          ) : doc ? (
            <>
              <div className="article-head">
                <div>
                  <div className="article-id">{doc.externalId}</div>
                  {doc.published && <div className="muted">{doc.published}</div>}
                </div>
                <div className="status-buttons" role="group" aria-label="Document status">
                  {STATUS_ORDER.map((s) => (
                    <button
                      key={s}
                      type="button"
                      aria-pressed={doc.status === s}
                      onClick={() => void done.session.setStatus(s)}
                      title={`Alt+${statusDigit(s)}`}
                    >
                      {STATUS_TEXT[s]}
                    </button>
                  ))}
                </div>
              </div>
              <div className="article-scroll" ref={setScroller} onMouseUp={onArticleMouseUp}>
                <ArticleView
                  text={doc.text}
                  annotations={session.annotations}
                  labels={corpus.labels}
                  selectedId={session.selectedId}
                  onRoot={setRoot}
                />
                <Connectors
                  root={root}
                  scroller={scroller}
                  selectedId={session.selectedId}
                  annotations={session.annotations}
                  relations={session.relations}
                  roles={scheme.roles}
                  linking={linking.state}
                />
              </div>
            </>
          ) : (
            <div className="welcome muted">
              Open a document from the list (arrow keys and Enter work there too).
            </div>
          )}
        </section>
        {doc && (
          <div className="side-panel">
            <ChecksPanel warnings={checks.warnings} selectedId={panelSelectedId} onSelect={showAnnotation} />
            <EventFrame
              text={doc.text}
              selectedId={panelSelectedId}
              annotations={panelAnnotations}
              relations={panelRelations}
              roles={scheme.roles}
              labels={labelsById}
              linking={linking.state}
              onSelect={showAnnotation}
              onUnlink={(id) => void session.unlink(id)}
              onChooseRole={linking.start}
              onLeave={() => root?.focus({ preventScroll: true })}
              attributes={details}
            />
            <AnnotationPanel
              text={doc.text}
              annotations={panelAnnotations}
              labels={labelsById}
              selectedId={panelSelectedId}
              onSelect={showAnnotation}
            />
          </div>
        )}
      </main>
      <StatusLine save={statusSave} stats={corpus.stats} hint={hint} here={labelsHere} />
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
      {dialog === 'scheme' && (
        <SchemeDialog onChanged={refresh} onValuesCleared={reopen} onClose={() => setDialog(null)} />
      )}
      {roleChoice && (
        <RoleChooser
          choice={roleChoice}
          onChoose={(role) => {
            linkAs(role);
          }}
        />
      )}
      {dialog === 'shortcuts' && <ShortcutOverlay onClose={() => setDialog(null)} />}
      {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
      {dialog === 'import' && (
        <ImportDialog
          onClose={() => setDialog(null)}
          onImport={(from, options) => {
            setDialog(null);
            void runImport(from, options);
          }}
        />
      )}
      {dialog === 'export' && (
        <ExportDialog
          stats={corpus.stats}
          onClose={() => setDialog(null)}
          onExport={(status, format) => {
            setDialog(null);
            void transfer.runExport(status, format);
          }}
        />
      )}
      {done.question && <DoneConfirm warnings={done.question.warnings} onAnswer={done.answer} />}
      {transfer.running && <ProgressOverlay kind={transfer.running} progress={transfer.progress} />}
      {transfer.result && <ResultDialog result={transfer.result} onClose={transfer.clearResult} />}
    </div>
  );
}
