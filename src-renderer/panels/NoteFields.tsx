import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import { UNSURE_FLAG as UNSURE, type AnnotationView } from '../../src-main/db/model.ts';
import { keyIndex } from '../keys/match.ts';
import type { Amendment } from '../state/document-session.ts';
import { annotationNoteField } from '../state/useNoteKeys.ts';

interface Props {
  annotation: AnnotationView;
  onChange: (changes: Pick<Amendment, 'note' | 'flag'>) => void;
}

/**
 * The annotator's note on the selected annotation and the "unsure" flag.
 * The note is stored on Enter or when focus leaves it; an empty one is none.
 */
export function NoteFields({ annotation, onChange }: Props) {
  const { t } = useTranslation('panels');
  const [draft, setDraftState] = useState<string | null>(null);
  // Enter and the blur after it store the note once (see TypedField).
  const pending = useRef<string | null>(null);
  const setDraft = (next: string | null) => {
    pending.current = next;
    setDraftState(next);
  };
  const commit = () => {
    const typed = pending.current;
    if (typed === null) return;
    setDraft(null);
    const note = typed.trim() || null;
    if (note !== annotation.note) onChange({ note });
  };
  const unsure = annotation.flag === UNSURE;
  return (
    <>
      <div className="attribute-row" data-attribute="note">
        <label htmlFor={annotationNoteField(annotation.id)}>{t('attributes.note')}</label>
        <input
          id={annotationNoteField(annotation.id)}
          data-field="note"
          type="text"
          value={draft ?? annotation.note ?? ''}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            // The row's keys: Enter (keep), Escape (drop what was typed).
            const key = keyIndex(e.nativeEvent, 'note-keys');
            if (key === 1) setDraft(null);
            else if (key === 0) commit();
          }}
        />
      </div>
      <div className="attribute-row" data-attribute="unsure">
        <label htmlFor={`unsure-${annotation.id}`}>{t('attributes.unsure')}</label>
        <input
          id={`unsure-${annotation.id}`}
          data-field="unsure"
          type="checkbox"
          checked={unsure}
          onChange={() => onChange({ flag: unsure ? null : UNSURE })}
        />
      </div>
    </>
  );
}
