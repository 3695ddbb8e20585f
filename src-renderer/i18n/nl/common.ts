import type { common as en } from '../en/common.ts';
import type { Messages } from '../messages.ts';

export const common: Messages<typeof en> = {
  status: { todo: 'Te doen', in_progress: 'Bezig', done: 'Klaar' },
  cancel: 'Annuleren',
  close: 'Sluiten',
  save: 'Opslaan',
  documents_one: '{{count, number}} document',
  documents_other: '{{count, number}} documenten',
  language: 'Taal',
  languageSystem: 'Systeem ({{language}})',
};
