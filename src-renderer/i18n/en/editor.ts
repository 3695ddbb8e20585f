/** The article view and its keys (src-renderer/editor). */
export const editor = {
  articleText: 'Article text',
  /** A suggestion in a highlight's tooltip: its label and the rule that made it. */
  suggestedHint: 'suggested {{label}} ({{rule}})',
  hint: {
    whiteSpaceTag: 'Only white space is selected: select some text to tag.',
    whiteSpaceAdd: 'Only white space is selected: select some text to add.',
    splitsCharacter: 'The selection splits a character in two; extend it by one.',
    tagOrRelabel: 'Select text to tag it, or select an annotation to relabel it.',
    moveEdges: 'Select an annotation to move its edges.',
    linkRole: 'Select an annotation labelled {{labels}} to link its {{role}}.',
    addFragment: 'Select an annotation, then select more text and press + to add it as a fragment.',
    alreadyPart: 'That text is already part of the selected annotation.',
    removeFragment: 'Put the caret on a fragment of the selected annotation to take it away.',
  },
} as const;
