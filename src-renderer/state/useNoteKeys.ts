import { i18n } from '../i18n/i18n.ts';
import { useEffect } from 'react';
import {
  UNSURE_FLAG,
  type AnnotationView,
  type DocumentRecord,
  type Label,
  type Role,
} from '../../src-main/db/model.ts';
import { DOCUMENT_NOTE_FIELD, type MarkChange } from '../panels/DocumentMarks.tsx';
import { afterNextPaint } from './after-next-paint.ts';
import { isTyping, keyChar, keyIndex, matches } from '../keys/match.ts';
import { useLatest } from './useLatest.ts';

interface Options {
  labels: readonly Label[];
  roles: readonly Role[];
  blocked: boolean;
  doc: DocumentRecord | null;
  selected: AnnotationView | null;
  amend: (id: number, changes: { flag?: string | null }) => unknown;
  mark: (change: MarkChange) => unknown;
  /** Shows the selected annotation's fields (the panel, in a narrow window). */
  showPanel: () => void;
  hint: (message: string) => void;
}

/** The id of an annotation's note field (NoteFields.tsx). */
export const annotationNoteField = (id: number): string => `note-${id}`;

/**
 * U flags the selected annotation "unsure" or takes the flag away (the
 * document, when no annotation is selected); Shift+U does so for the
 * document. E goes to the selected annotation's note, Shift+E to the
 * document's; Enter stores it, Escape goes back.
 */
export function useNoteKeys(options: Options): void {
  const latest = useLatest(options);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const o = latest.current;
      const typing = isTyping(e.target);
      if (o.blocked || typing || !o.doc) return;
      const flag = matches(e, 'flag') || matches(e, 'flag-document');
      const note = keyIndex(e, 'note');
      if (!flag && note === -1) return;
      // A label's or role's hotkey on the same letter wins.
      const key = keyChar(e);
      if (
        o.labels.some((l) => l.hotkey?.toLowerCase() === key) ||
        o.roles.some((r) => r.hotkey?.toLowerCase() === key)
      )
        return;
      e.preventDefault();
      e.stopPropagation();
      const annotation = matches(e, 'flag-document') || note === 1 ? null : o.selected;
      if (flag) {
        if (annotation)
          void o.amend(annotation.id, { flag: annotation.flag === UNSURE_FLAG ? null : UNSURE_FLAG });
        else void o.mark({ flag: o.doc.flag === UNSURE_FLAG ? null : UNSURE_FLAG });
        return;
      }
      if (!annotation && note === 0) {
        o.hint(i18n.t('state:noteNeedsSelection'));
        return;
      }
      if (annotation) o.showPanel();
      const id = annotation ? annotationNoteField(annotation.id) : DOCUMENT_NOTE_FIELD;
      void afterNextPaint().then(() => document.getElementById(id)?.focus());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
