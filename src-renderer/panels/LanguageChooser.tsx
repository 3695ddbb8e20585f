import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, chosenLanguage, i18n, systemLanguages } from '../i18n/i18n.ts';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, pickLanguage } from '../i18n/languages.ts';

const SYSTEM = 'system';

/**
 * The interface language: the system's (the default) or one chosen here,
 * kept for the next start. A select, so the keyboard reaches and works it.
 */
export function LanguageChooser() {
  // Drawn again when the language changes.
  useTranslation();
  const [choice, setChoice] = useState<string>(() => chosenLanguage() ?? SYSTEM);
  const system = LANGUAGE_NAMES[pickLanguage(null, systemLanguages())];
  return (
    <label className="language-chooser">
      <span className="visually-hidden">{i18n.t('common:language')}</span>
      <select
        value={choice}
        title={i18n.t('common:language')}
        onChange={(e) => {
          const value = e.target.value;
          setChoice(value);
          chooseLanguage(isLanguage(value) ? value : null);
        }}
      >
        <option value={SYSTEM}>{i18n.t('common:languageSystem', { language: system })}</option>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
