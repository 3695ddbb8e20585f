/** The articles' language: how their words are segmented and the `lang` of their text. */
export const ARTICLE_LANG = 'nl';
