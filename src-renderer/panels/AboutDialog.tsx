import { i18n } from '../i18n/i18n.ts';
import { useTranslation } from 'react-i18next';
/** The application menu's About box. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('panels');
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('about.label')} onClick={onClose}>
      <div className="dialog">
        <h2>{t('about.title')}</h2>
        <p>{t('about.text')}</p>
        <button type="button" onClick={onClose}>
          {i18n.t('common:close')}
        </button>
      </div>
    </div>
  );
}
