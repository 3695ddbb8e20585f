import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { AnnotatorName } from '../state/useAnnotator.ts';
import { messageOf } from '../state/api.ts';

/**
 * What an empty corpus shows in place of an article: where to start, and
 * on first run the annotator's name, offered filled in and kept once the
 * user goes on. It asks, it does not stop anyone.
 */
export function Welcome({
  annotator,
  onLoadSamples,
  onImport,
}: {
  annotator: AnnotatorName;
  onLoadSamples: () => void;
  onImport: () => void;
}) {
  const { t } = useTranslation('panels');
  const setting = annotator.setting;
  const asking = setting !== null && !setting.saved;
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (setting && !setting.saved) setName(setting.name ?? '');
  }, [setting]);
  // The name comes after the buttons, in view and in Tab order: the way to the samples stays the first stop.
  /** Keeps the name first, when it is being asked for; a name that cannot be one stops here. */
  const go = async (next: () => void) => {
    if (asking) {
      try {
        await annotator.save(name);
      } catch (e) {
        setProblem(messageOf(e));
        return;
      }
    }
    next();
  };
  return (
    <div className="welcome">
      <h2>{t('welcome.title')}</h2>
      <p>{t('welcome.intro')}</p>
      <button type="button" onClick={() => void go(onLoadSamples)}>
        {t('welcome.loadSamples')}
      </button>
      <button type="button" onClick={() => void go(onImport)}>
        {t('welcome.importFiles')}
      </button>
      {asking && (
        <label className="welcome-name">
          {t('welcome.name')}
          <input
            value={name}
            maxLength={64}
            aria-invalid={problem !== null}
            onChange={(e) => {
              setName(e.target.value);
              setProblem(null);
            }}
          />
          {problem && (
            <span className="field-problem" role="alert">
              {problem}
            </span>
          )}
        </label>
      )}
    </div>
  );
}
