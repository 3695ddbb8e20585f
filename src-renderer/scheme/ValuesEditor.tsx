import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matches } from '../keys/match.ts';
import { addChoice, moveItem } from './scheme-form.ts';

/** The allowed values of a choice attribute: add, remove and reorder them (the order is the menu's). */
export function ValuesEditor({
  values,
  onChange,
}: {
  values: string[];
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation('scheme');
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    const next = addChoice(t, values, input);
    if ('problem' in next) {
      setProblem(next.problem);
      return;
    }
    setProblem(null);
    setInput('');
    onChange(next.values);
  };
  return (
    <fieldset className="values-editor">
      <legend>{t('values.legend')}</legend>
      <ol aria-label={t('values.legend')}>
        {values.map((v, i) => (
          <li key={v}>
            <span className="value-name">{v}</span>
            <button
              type="button"
              aria-label={t('values.moveUp', { value: v })}
              disabled={i === 0}
              onClick={() => onChange(moveItem(values, i, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t('values.moveDown', { value: v })}
              disabled={i === values.length - 1}
              onClick={() => onChange(moveItem(values, i, 1))}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={t('values.remove', { value: v })}
              onClick={() => onChange(values.filter((x) => x !== v))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className="field-row">
        <input
          aria-label={t('values.new')}
          value={input}
          onChange={(e) => setInput(e.target.value)}
          // Enter here adds the value instead of saving the whole attribute.
          onKeyDown={(e) => {
            if (matches(e.nativeEvent, 'scheme-add-value')) {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('values.add')}
        </button>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
