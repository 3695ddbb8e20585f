import { i18n } from '../i18n/i18n.ts';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { AnnotatorName } from '../state/useAnnotator.ts';
import { messageOf } from '../state/api.ts';
import { useDialogFocus } from './useDialogFocus.ts';
import { FormDialog } from './FormDialog.tsx';

/**
 * Changes the annotator's name. What becomes of the spans under the old
 * name is said before anything changes: they stay where they are, as the
 * layer of the old name, which the editor then shows as another annotator's.
 */
export function NameDialog({ annotator, onClose }: { annotator: AnnotatorName; onClose: () => void }) {
  const { t } = useTranslation('panels');
  const current = annotator.setting?.name ?? '';
  const [name, setName] = useState(current);
  const [problem, setProblem] = useState<string | null>(null);
  const field = useDialogFocus<HTMLInputElement>();
  const submit = async () => {
    if (name === current && annotator.setting?.saved) {
      onClose();
      return;
    }
    try {
      await annotator.save(name);
      onClose();
    } catch (e) {
      setProblem(messageOf(e));
    }
  };
  const renaming = current !== '' && name !== current && annotator.setting?.saved === true;
  return (
    <FormDialog titleId="name-dialog-title" className="name-dialog" onSubmit={() => void submit()}>
      <h2 id="name-dialog-title">{t('name.title')}</h2>
      <p>{t('name.intro')}</p>
      <label>
        {t('name.field')}
        <input
          ref={field}
          value={name}
          maxLength={64}
          aria-invalid={problem !== null}
          aria-describedby="name-dialog-problem"
          onChange={(e) => {
            setName(e.target.value);
            setProblem(null);
          }}
        />
      </label>
      {renaming && (
        <p className="name-dialog-note" role="note">
          {t('name.renaming', { name: current })}
        </p>
      )}
      <p id="name-dialog-problem" className="field-problem" role="alert">
        {problem ?? ''}
      </p>
      <div className="dialog-buttons">
        <button type="submit">{t('name.save')}</button>
        <button type="button" onClick={onClose}>
          {i18n.t('common:cancel')}
        </button>
      </div>
    </FormDialog>
  );
}
