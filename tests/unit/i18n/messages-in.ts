import i18next from 'i18next';
import { en } from '../../../src-renderer/i18n/en/index.ts';
import { nl } from '../../../src-renderer/i18n/nl/index.ts';

/**
 * A real i18next instance with the app's messages, for the renderer's plain
 * modules that take their wording as a `t` (the window's own instance reads
 * the browser's storage and languages, which Node has not).
 */
export function messagesIn(language: 'en' | 'nl') {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en, nl },
    lng: language,
    fallbackLng: false,
    ns: Object.keys(en),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
