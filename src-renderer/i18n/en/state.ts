/** What the window's state says in passing (src-renderer/state): hints and failures. */
export const state = {
  notInDocument: 'That annotation is not in the open document: nothing was changed.',
  couldNotOpen: 'Could not open the document: {{message}}',
  couldNotReread: 'Could not read the document again: {{message}}',
  undoneStatus: 'Undone: the status is {{status}} again.',
  redoneStatus: 'Redone: the status is {{status}} again.',
  notSavedIn: 'Not saved in {{id}}: {{message}}.',
  alreadyTagged: 'already tagged: {{label}} “{{text}}” exists',
  thisLabel: 'this label',
  couldNotReadName: 'Could not read your annotator name: {{message}}',
  couldNotCheck: 'Could not check the guidelines: {{message}}',
  couldNotReadCorpus: 'Could not read the corpus: {{message}}',
  importFailed: 'Import failed: {{message}}',
  exportFailed: 'Export failed: {{message}}',
  noteNeedsSelection: 'Select an annotation to write its note (Shift+E: the document’s note).',
  couldNotReadScheme: 'Could not read the scheme: {{message}}',
  couldNotReadAnnotationScheme: 'Could not read the annotation scheme: {{message}}',
  /** Refusals from the main process whose code says all there is to say (lower case: a sentence is made of them). */
  errors: {
    nothingToUndo: 'nothing to undo in this document',
    nothingToRedo: 'nothing to redo in this document',
    busy: 'an import is running; try again when it has finished',
    forbidden: 'refused: the caller is not the annotator’s own page',
  },
} as const;
