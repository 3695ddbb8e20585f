import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { keyIndex } from '../keys/match.ts';
import { UNSURE_FLAG, type DocumentRecord } from '../../src-main/db/model.ts';

export interface MarkChange {
  note?: string | null;
  flag?: string | null;
}

/** The id of the document note's field: the note key (Shift+E) focuses it. */
export const DOCUMENT_NOTE_FIELD = 'document-note';

/**
 * The document's own "unsure" flag and note, in its header. The note is
 * stored on Enter (which goes back to the article) or when focus leaves it;
 * Escape drops what was typed.
 */
export function DocumentMarks({
  doc,
  onMark,
  onLeave,
}: {
  doc: DocumentRecord;
  onMark: (change: MarkChange) => void;
  /** Back to the article text: after Enter stores the note, or Escape drops it. */
  onLeave: () => void;
}) {
  const { t } = useTranslation('panels');
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (typed: string | null) => {
    setDraft(null);
    if (typed === null) return;
    const note = typed.trim() || null;
    if (note !== doc.note) onMark({ note });
  };
  const unsure = doc.flag === UNSURE_FLAG;
  return (
    <div className="document-marks" role="group" aria-label={t('head.marks')}>
      <button
        type="button"
        className="unsure-toggle"
        aria-pressed={unsure}
        title="Shift+U"
        onClick={() => onMark({ flag: unsure ? null : UNSURE_FLAG })}
      >
        <span aria-hidden="true">⚑ </span>
        {t('head.unsure')}
      </button>
      <input
        id={DOCUMENT_NOTE_FIELD}
        type="text"
        className="document-note"
        aria-label={t('head.note')}
        placeholder={t('head.notePlaceholder')}
        title={doc.note ?? 'Shift+E'}
        value={draft ?? doc.note ?? ''}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => commit(draft)}
        onKeyDown={(e) => {
          // The note's keys: Enter (keep), Escape (drop what was typed); either goes back to the article.
          const key = keyIndex(e.nativeEvent, 'note-keys');
          if (key === 1) {
            setDraft(null);
            onLeave();
          } else if (key === 0) {
            commit(draft);
            onLeave();
          }
        }}
      />
    </div>
  );
}
