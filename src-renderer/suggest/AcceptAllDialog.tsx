import { useTranslation } from 'react-i18next';
import type { Label } from '../../src-main/db/model.ts';
import { keyIndex } from '../keys/match.ts';
import { useDialogFocus } from '../panels/useDialogFocus.ts';

interface Props {
  /** Open suggestions per label id. */
  counts: ReadonlyMap<number, number>;
  labels: readonly Label[];
  onChoose: (labelId: number) => void;
  onClose: () => void;
}

/**
 * Asks which label's suggestions to accept, all at once. Keyboard: the
 * label's hotkey, or ↑ / ↓ and Enter; Escape closes.
 */
export function AcceptAllDialog({ counts, labels, onChoose, onClose }: Props) {
  const { t } = useTranslation('suggest');
  const first = useDialogFocus<HTMLButtonElement>();
  const offered = labels.filter((l) => (counts.get(l.id) ?? 0) > 0);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-label]')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    // The row's keys: ↑ (previous), ↓ (next).
    const key = keyIndex(e.nativeEvent, 'accept-all-step');
    if (key !== -1) {
      e.preventDefault();
      const step = key === 1 ? 1 : -1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
      return;
    }
    const label = offered.find((l) => l.hotkey !== null && l.hotkey.toLowerCase() === e.key.toLowerCase());
    if (label && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      onChoose(label.id);
    }
  };
  return (
    <div
      className="overlay"
      role="dialog"
      aria-modal="true"
      aria-label={t('acceptAll.title')}
      onClick={onClose}
    >
      <div className="dialog accept-all" onClick={(e) => e.stopPropagation()} onKeyDown={onKeyDown}>
        <h2>{t('acceptAll.title')}</h2>
        <p className="muted">{t('acceptAll.help')}</p>
        <div className="accept-all-labels">
          {offered.map((l, i) => (
            <button
              key={l.id}
              ref={i === 0 ? first : undefined}
              type="button"
              data-label={l.name}
              onClick={() => onChoose(l.id)}
            >
              <span className="tag" style={{ ['--label' as string]: l.color }}>
                {l.name}
              </span>{' '}
              {t('acceptAll.count', { count: counts.get(l.id) ?? 0 })}
              {l.hotkey && <kbd>{l.hotkey.toUpperCase()}</kbd>}
            </button>
          ))}
        </div>
        <button type="button" onClick={onClose}>
          {t('acceptAll.cancel')}
        </button>
      </div>
    </div>
  );
}
