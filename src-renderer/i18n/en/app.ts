/** The window's frame (App.tsx and its parts): the article region and what it says in passing. */
export const app = {
  article: 'Article',
  attributesNeedSelection: 'Select an annotation to set its attributes.',
  curationBanner: 'Curation view: the article shows gold, which your keys edit (undo too). G closes it.',
  openFromList: 'Open a document from the list (arrow keys and Enter work there too).',
} as const;
