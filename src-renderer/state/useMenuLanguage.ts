import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/languages.ts';
import { api } from './api.ts';

/** Tells the main process the interface language, now and at every change: its menu follows. */
export function useMenuLanguage(): void {
  const { i18n } = useTranslation();
  const language = i18n.language;
  useEffect(() => {
    // A menu in the other language is no reason to bother the user: nothing to report.
    if (isLanguage(language)) void api().app.language({ language });
  }, [language]);
}
