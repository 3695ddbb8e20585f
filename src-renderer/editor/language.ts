export { ARTICLE_LANG } from '../../src-main/text/language.ts';
