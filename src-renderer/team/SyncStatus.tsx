import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { rowKeyText } from '../panels/key-text.ts';
import type { SyncView } from './useSync.ts';
import { pendingWords, syncStateWords } from './sync-wording.ts';

interface Props {
  sync: SyncView;
  onSyncNow: () => void;
  onSettings: () => void;
}

/** The team sync in the status line: last sync, changes to send, the last failure in words, Sync now. */
export const SyncStatus = memo(function SyncStatus({ sync, onSyncNow, onSettings }: Props) {
  const { t } = useTranslation('sync');
  const { status, running } = sync;
  const settings = (
    <button type="button" className="team-settings" title={t('settingsTitle')} onClick={onSettings}>
      {t('settingsButton')}
    </button>
  );
  if (status === null || status.server === null) return settings;
  const state = syncStateWords(status, running);
  return (
    <span className="team-sync" role="group" aria-label={t('statusLabel')}>
      <span className={`team-sync-state${status.problem && !running ? ' failed' : ''}`} role="status">
        {state}
      </span>
      <span className="team-pending">{pendingWords(status.pending)}</span>
      <button
        type="button"
        disabled={running}
        title={t('syncNowTitle', { keys: rowKeyText('sync-now') })}
        onClick={onSyncNow}
      >
        {t('syncNow')}
      </button>
      {settings}
    </span>
  );
});
