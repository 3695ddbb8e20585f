/** Words shared across the window. Plurals use i18next's `_one` / `_other` keys. */
export const common = {
  status: { todo: 'To do', in_progress: 'In progress', done: 'Done' },
  cancel: 'Cancel',
  close: 'Close',
  save: 'Save',
  documents_one: '{{count, number}} document',
  documents_other: '{{count, number}} documents',
  language: 'Language',
  languageSystem: 'System ({{language}})',
} as const;
