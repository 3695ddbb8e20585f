/** Suggestions: the panel, accepting all of a label, the mentions (src-renderer/suggest). */
export const suggest = {
  panel: {
    title: 'Suggestions',
    heading: 'Suggestions ({{count, number}})',
    selected: 'Selected suggestion',
    accept: 'Accept',
    reject: 'Reject',
    /** The keys are filled in: "N selects the next suggestion, Shift+N the previous." */
    stepKeys: '{{next}} selects the next suggestion, {{previous}} the previous.',
    acceptAll: 'Accept all of a label…',
    wholeCorpus: 'Suggest them in the whole corpus',
  },
  /** What "annotate all mentions" found; `what` is the label and the text: EVENT “Rutte”. */
  notice: {
    document_one: '{{count, number}} more mention of {{what}} suggested in this document.',
    document_other: '{{count, number}} more mentions of {{what}} suggested in this document.',
    /** `mentions` is mentions_one/_other; the count here is the documents. */
    corpus_one: '{{mentions}} of {{what}} suggested in {{count, number}} document of the corpus.',
    corpus_other: '{{mentions}} of {{what}} suggested in {{count, number}} documents of the corpus.',
    mentions_one: '{{count, number}} mention',
    mentions_other: '{{count, number}} mentions',
  },
  acceptAll: {
    title: 'Accept all suggestions of a label',
    help: 'In this document. Press the label’s key, or ↑ / ↓ and Enter.',
    count_one: '{{count, number}} suggestion',
    count_other: '{{count, number}} suggestions',
    cancel: 'Cancel',
    done_one: 'Accepted {{count, number}} {{label}} suggestion.',
    done_other: 'Accepted {{count, number}} {{label}} suggestions.',
  },
  hint: {
    noneHere: 'No suggestions in this document.',
    noneToAccept: 'No suggestions in this document to accept.',
    selectToAccept: 'Select a suggestion (N) to accept it.',
    selectToReject: 'Select a suggestion (N) to reject it.',
    selectAnnotation: 'Select an annotation to suggest its other mentions.',
  },
  error: {
    suggest: 'Could not suggest: {{reason}}',
    reject: 'Could not reject the suggestion: {{reason}}',
    mentions: 'Could not suggest the mentions: {{reason}}',
  },
} as const;
