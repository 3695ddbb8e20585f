/** The interface languages (shared with the main process, which builds its menu in them). */
export {
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  pickLanguage,
  type Language,
} from '../../src-main/text/languages.ts';

/** Where the user's own choice is kept; absent means "follow the system". */
export const LANGUAGE_KEY = 'annotator-language';
