import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en/index.ts';
import { isLanguage, LANGUAGE_KEY, type Language, pickLanguage } from './languages.ts';
import { nl } from './nl/index.ts';

/** The language the window starts in: the user's choice, else the system's. */
export function startLanguage(): Language {
  return pickLanguage(storedChoice(), systemLanguages());
}

// Guarded: unit tests import modules that say things, in Node, without a page.
const storedChoice = (): string | null =>
  typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
/** The system's languages, most preferred first (`navigator.languages`). */
export const systemLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);

/**
 * One i18next instance for the renderer. Resources are bundled (no loading
 * step), so `t` works from the first render; English is the fallback only as
 * a last resort, since the completeness test keeps Dutch whole.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en, nl },
  lng: startLanguage(),
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: Object.keys(en),
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

// The page's own language follows the interface; article text keeps lang="nl".
const setPageLanguage = (lng: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
};
setPageLanguage(i18n.language);
i18n.on('languageChanged', setPageLanguage);

/** Switch the interface; `null` goes back to following the system. */
export function chooseLanguage(choice: Language | null): void {
  if (choice === null) localStorage.removeItem(LANGUAGE_KEY);
  else localStorage.setItem(LANGUAGE_KEY, choice);
  void i18n.changeLanguage(pickLanguage(choice, systemLanguages()));
}

/** The user's own choice, or null while the interface follows the system. */
export function chosenLanguage(): Language | null {
  const stored = storedChoice();
  return isLanguage(stored) ? stored : null;
}
