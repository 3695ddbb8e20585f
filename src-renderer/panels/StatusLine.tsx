import { memo } from 'react';
import type { CorpusStats } from '../../src-main/db/model.ts';
import type { SaveState } from '../state/useDocumentSession.ts';
import { count } from '../state/wording.ts';
import type { AnnotatorSetting } from '../../src-main/settings/settings.ts';
import { rowKeyText } from './key-text.ts';
import { SyncStatus } from '../team/SyncStatus.tsx';
import type { SyncView } from '../team/useSync.ts';

interface Props {
  save: SaveState;
  stats: CorpusStats | null;
  hint: string | null;
  /** Labels covering the caret in the article. */
  here: string | null;
  annotator: AnnotatorSetting | null;
  /** The texts' search index being filled (find/useTextIndexing.ts): its percentage, or null. */
  indexing: number | null;
  onChangeName: () => void;
  /** The team server's sync (team/useSync.ts). */
  sync: SyncView;
  onSyncNow: () => void;
  onTeamSettings: () => void;
}

/** The element naming the labels at the caret (see useLabelsAtCaret). */
export const LABELS_HERE_ID = 'labels-here';

/** Save state and corpus progress, always in view. */
export const StatusLine = memo(function StatusLine({
  save,
  stats,
  hint,
  here,
  annotator,
  indexing,
  onChangeName,
  sync,
  onSyncNow,
  onTeamSettings,
}: Props) {
  const saveText =
    save.kind === 'saved'
      ? 'All changes saved'
      : save.kind === 'saving'
        ? 'Saving…'
        : `Not saved: ${save.message}`;
  return (
    <footer className="status-line">
      <span className={`save-state ${save.kind}`} role="status" aria-live="polite">
        {saveText}
      </span>
      {annotator && (
        <button
          type="button"
          className="annotator-name"
          title={`Change your annotator name (${rowKeyText('annotator-name')})`}
          onClick={onChangeName}
        >
          Annotator: {annotator.name ?? 'none'}
          {annotator.saved ? '' : ' (suggested: press to confirm)'}
        </button>
      )}
      <SyncStatus sync={sync} onSyncNow={onSyncNow} onSettings={onTeamSettings} />
      {hint && (
        <span className="hint" role="alert">
          {hint}
        </span>
      )}
      {/* Always there, so a screen reader hears the labels change as the caret
          moves (a live region that appears with its text is not announced);
          the article takes its text as its description. */}
      <span className="here" role="log" aria-label="Labels here" aria-atomic="true">
        <span id={LABELS_HERE_ID}>{here && `Here: ${here}`}</span>
      </span>
      {indexing !== null && <span className="indexing">Indexing texts for search: {indexing} %</span>}
      {stats && (
        <span className="progress" aria-label="Corpus progress">
          <progress max={Math.max(1, stats.documents.total)} value={stats.documents.done} />
          {stats.documents.done} of {count(stats.documents.total, 'document')} done
        </span>
      )}
    </footer>
  );
});
