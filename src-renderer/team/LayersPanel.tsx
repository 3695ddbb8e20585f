import type { LayerSummary } from '../../src-main/db/layers.ts';
import { useTranslation } from 'react-i18next';
import { statusInSentence } from '../i18n/words.ts';
import { initials, layerColor } from './layer-names.ts';

interface Props {
  layers: readonly LayerSummary[];
  /** The user's name: their layer, with the unattributed spans, is the one edited. */
  me: string | null;
  showOthers: boolean;
  onToggle: () => void;
}

/** The document's layers, and the switch that shows the others read-only beside the user's own. */
export function LayersPanel({ layers, me, showOthers, onToggle }: Props) {
  const { t } = useTranslation('team');
  const others = layers.filter((l) => l.name !== null && l.name !== me);
  if (others.length === 0) return null;
  return (
    <section className="layers-panel" aria-label={t('layers.title')}>
      <h2>{t('layers.title')}</h2>
      <ul>
        {layers.map((l) => {
          const own = l.name === null || l.name === me;
          const spans = t('layers.spans', { count: l.spans });
          const summary = l.status
            ? t('layers.withStatus', { spans, status: statusInSentence(l.status) })
            : spans;
          return (
            <li key={l.name ?? ''}>
              {l.name !== null && !own ? (
                <span className="layer-initials" style={{ ['--layer' as string]: layerColor(l.name) }}>
                  {initials(l.name)}
                </span>
              ) : null}
              <span>{l.name ?? t('layers.unattributed')}</span>
              <span className="muted">
                {own ? t('layers.yours', { summary }) : t('layers.readOnly', { summary })}
              </span>
            </li>
          );
        })}
      </ul>
      <label className="layers-toggle">
        <input type="checkbox" checked={showOthers} onChange={onToggle} />
        {t('layers.showOthers')}
      </label>
    </section>
  );
}
