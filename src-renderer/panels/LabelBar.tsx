import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../src-main/db/model.ts';

interface Props {
  labels: readonly Label[];
  exact: boolean;
  onApply: (labelId: number) => void;
  onToggleExact: () => void;
}

/**
 * Every label with its colour and hotkey; a click applies it like the hotkey
 * does. In a landmark of its own, so a screen reader's landmark list reaches it.
 */
export const LabelBar = memo(function LabelBar({ labels, exact, onApply, onToggleExact }: Props) {
  const { t } = useTranslation('panels');
  return (
    <section aria-label={t('labels.bar')}>
      <div className="label-bar" role="toolbar" aria-label={t('labels.labels')}>
        {labels.map((l) => (
          <button
            key={l.id}
            type="button"
            className="label-button"
            style={{ ['--label' as string]: l.color }}
            // Keep the text selection: a click must not move focus out of the article.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onApply(l.id)}
            title={l.hotkey ? t('labels.hotkey', { name: l.name, key: l.hotkey }) : l.name}
          >
            <span className="swatch" />
            {l.name}
            {l.hotkey && <kbd>{l.hotkey}</kbd>}
          </button>
        ))}
        <label className="exact-toggle" title={t('labels.exactTitle')}>
          <input type="checkbox" checked={exact} onChange={onToggleExact} />
          {t('labels.exact')}
        </label>
      </div>
    </section>
  );
});
