import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus, Label, Role } from '../../src-main/db/model.ts';
import { ArticleView } from '../editor/ArticleView.tsx';
import { FindBar } from '../find/FindBar.tsx';
import type { Find } from '../find/useFind.ts';
import { CandidateOverlay } from '../frame/CandidateOverlay.tsx';
import { Connectors } from '../frame/Connectors.tsx';
import type { LinkingState } from '../frame/useLinking.ts';
import { DocumentHead } from '../panels/DocumentHead.tsx';
import type { MarkChange } from '../panels/DocumentMarks.tsx';
import { Welcome } from '../panels/Welcome.tsx';
import type { AnnotatorName } from '../state/useAnnotator.ts';
import type { DocumentSession } from '../state/useDocumentSession.ts';
import { useLatest } from '../state/useLatest.ts';
import type { Suggestions } from '../suggest/useSuggestions.ts';
import { LayerMarks } from '../team/LayerMarks.tsx';
import type { TeamView } from '../team/useTeamView.ts';

interface Props {
  /** The corpus has no documents: the welcome screen takes the article's place. */
  empty: boolean;
  session: DocumentSession;
  annotator: AnnotatorName;
  labels: readonly Label[];
  labelsById: ReadonlyMap<number, Label>;
  roles: readonly Role[];
  linking: LinkingState | null;
  suggestions: Suggestions;
  team: TeamView;
  find: Find;
  root: HTMLElement | null;
  scroller: HTMLElement | null;
  onRoot: (root: HTMLElement | null) => void;
  onScroller: (scroller: HTMLElement | null) => void;
  onMouseUp: (e: React.MouseEvent) => void;
  onStatus: (status: DocumentStatus) => void;
  onLoadSamples: () => void;
  onImport: () => void;
}

/** The middle of the window: the open article with its head, or the welcome screen, or a pointer to the list. */
export function ArticleSection({
  empty,
  session,
  annotator,
  labels,
  labelsById,
  roles,
  linking,
  suggestions,
  team,
  find,
  root,
  scroller,
  onRoot,
  onScroller,
  onMouseUp,
  onStatus,
  onLoadSamples,
  onImport,
}: Props) {
  const { t } = useTranslation('app');
  const doc = session.doc;
  // Stable, so that a keypress that changes the session does not re-render the document's head.
  const sessionRef = useLatest(session);
  const onMark = useCallback(
    (change: MarkChange) => {
      const now = sessionRef.current;
      void now.mark(change);
    },
    [sessionRef],
  );
  const onLeave = useCallback(() => root?.focus({ preventScroll: true }), [root]);
  return (
    <section className="article" aria-label={t('article')}>
      {empty ? (
        <Welcome annotator={annotator} onLoadSamples={onLoadSamples} onImport={onImport} />
      ) : doc ? (
        <>
          <DocumentHead doc={doc} onStatus={onStatus} onMark={onMark} onLeave={onLeave} />
          {team.curating && (
            <p className="curation-banner" role="note">
              {t('curationBanner')}
            </p>
          )}
          {find.inDocument.open && <FindBar find={find.inDocument} focusKey={find.barFocus} />}
          <div className="article-scroll" ref={onScroller} onMouseUp={onMouseUp}>
            <ArticleView
              text={doc.text}
              annotations={session.annotations}
              labels={labels}
              selectedId={session.selectedId}
              suggestions={suggestions.list}
              selectedSuggestionId={suggestions.selectedId}
              onRoot={onRoot}
            />
            <CandidateOverlay
              root={root}
              scroller={scroller}
              linking={linking}
              annotations={session.annotations}
            />
            <Connectors
              root={root}
              scroller={scroller}
              selectedId={session.selectedId}
              annotations={session.annotations}
              relations={session.relations}
              roles={roles}
              linking={linking}
            />
            {team.shown.length > 0 && (
              <LayerMarks
                root={root}
                scroller={scroller}
                text={doc.text}
                layers={team.shown}
                labels={labelsById}
              />
            )}
          </div>
        </>
      ) : (
        <div className="welcome muted">{t('openFromList')}</div>
      )}
    </section>
  );
}
