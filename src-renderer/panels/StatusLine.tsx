import { memo } from 'react';
import type { CorpusStats } from '../../src-main/db/model.ts';
import type { SaveState } from '../state/useDocumentSession.ts';
import { count } from '../state/wording.ts';
import type { AnnotatorSetting } from '../../src-main/settings/settings.ts';
import { MENU_KEYS } from '../../src-main/ipc/contract.ts';
import { keyText } from './key-text.ts';

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
}

/** Save state and corpus progress, always in view. */
export const StatusLine = memo(function StatusLine({
  save,
  stats,
  hint,
  here,
  annotator,
  indexing,
  onChangeName,
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
          title={`Change your annotator name (${keyText(MENU_KEYS['annotator-name'])})`}
          onClick={onChangeName}
        >
          Annotator: {annotator.name ?? 'none'}
          {annotator.saved ? '' : ' (suggested: press to confirm)'}
        </button>
      )}
      {hint && (
        <span className="hint" role="alert">
          {hint}
        </span>
      )}
      {here && (
        <span className="here" aria-label="Labels here">
          Here: {here}
        </span>
      )}
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
