import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matches } from '../keys/match.ts';
import { DESCRIPTION_MAX } from '../../src-main/scheme/rules.ts';

/** Ctrl+Enter in a text area saves its form (plain Enter starts a new line). */
function submitOnCtrlEnter(e: KeyboardEvent<HTMLTextAreaElement>): void {
  if (matches(e.nativeEvent, 'scheme-save')) {
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  }
}

/** The guideline text of a label or a role, as the scheme editor's forms ask for it. */
export function DescriptionField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('scheme');
  return (
    <label>
      {t('field.description')}
      <textarea
        value={value}
        rows={3}
        maxLength={DESCRIPTION_MAX}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={submitOnCtrlEnter}
      />
    </label>
  );
}
