import { useTranslation } from 'react-i18next';
import { memo } from 'react';
import type { CorpusStats } from '../../src-main/db/model.ts';
import type { SaveState } from '../state/useDocumentSession.ts';
import type { AnnotatorSetting } from '../../src-main/settings/settings.ts';
import { rowKeyText } from './key-text.ts';
import { SyncStatus } from '../team/SyncStatus.tsx';
import type { SyncView } from '../team/useSync.ts';
import { LanguageChooser } from './LanguageChooser.tsx';
import { useTextIndexing } from '../find/useTextIndexing.ts';

interface Props {
  save: SaveState;
  stats: CorpusStats | null;
  hint: string | null;
  /** Labels covering the caret in the article. */
  here: string | null;
  annotator: AnnotatorSetting | null;
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
  onChangeName,
  sync,
  onSyncNow,
  onTeamSettings,
}: Props) {
  // The search index's progress, subscribed to here: a percentage step redraws the status line, not the whole window.
  const indexing = useTextIndexing();
  const { t } = useTranslation('panels');
  const saveText =
    save.kind === 'saved'
      ? t('status.saved')
      : save.kind === 'saving'
        ? t('status.saving')
        : t('status.notSaved', { message: save.message });
  return (
    <footer className="status-line">
      <span className={`save-state ${save.kind}`} role="status" aria-live="polite">
        {saveText}
      </span>
      {/* Early in the line, which cuts off its end in a narrow window; after the article in Tab order. */}
      <LanguageChooser />
      {annotator && (
        <button
          type="button"
          className="annotator-name"
          title={t('status.nameTitle', { keys: rowKeyText('annotator-name') })}
          onClick={onChangeName}
        >
          {t('status.annotator', { name: annotator.name ?? t('status.noName') })}
          {annotator.saved ? '' : t('status.suggestedName')}
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
      <span className="here" role="log" aria-label={t('status.labelsHere')} aria-atomic="true">
        <span id={LABELS_HERE_ID}>{here && t('status.here', { labels: here })}</span>
      </span>
      {indexing !== null && <span className="indexing">{t('status.indexing', { percent: indexing })}</span>}
      {stats && (
        <span className="progress" aria-label={t('status.progress')}>
          <progress max={Math.max(1, stats.documents.total)} value={stats.documents.done} />
          {t('status.done', { done: stats.documents.done, count: stats.documents.total })}
        </span>
      )}
    </footer>
  );
});
