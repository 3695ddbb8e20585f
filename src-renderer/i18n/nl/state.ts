import type { state as en } from '../en/state.ts';
import type { Messages } from '../messages.ts';

export const state: Messages<typeof en> = {
  notInDocument: 'Die annotatie staat niet in het open document: er is niets gewijzigd.',
  couldNotOpen: 'Kan het document niet openen: {{message}}',
  couldNotReread: 'Kan het document niet opnieuw lezen: {{message}}',
  undoneStatus: 'Ongedaan gemaakt: de status is weer {{status}}.',
  redoneStatus: 'Opnieuw gedaan: de status is weer {{status}}.',
  notSavedIn: 'Niet opgeslagen in {{id}}: {{message}}.',
  alreadyTagged: 'al gelabeld: {{label}} “{{text}}” bestaat al',
  thisLabel: 'dit label',
  couldNotReadName: 'Kan je annotatornaam niet lezen: {{message}}',
  couldNotCheck: 'Kan de richtlijnen niet controleren: {{message}}',
  couldNotReadCorpus: 'Kan het corpus niet lezen: {{message}}',
  importFailed: 'Importeren mislukt: {{message}}',
  exportFailed: 'Exporteren mislukt: {{message}}',
  noteNeedsSelection:
    'Selecteer een annotatie om er een notitie bij te schrijven (Shift+E: de notitie bij het document).',
  couldNotReadScheme: 'Kan het schema niet lezen: {{message}}',
  couldNotReadAnnotationScheme: 'Kan het annotatieschema niet lezen: {{message}}',
  errors: {
    nothingToUndo: 'niets om ongedaan te maken in dit document',
    nothingToRedo: 'niets om opnieuw te doen in dit document',
    busy: 'er loopt een import; probeer het opnieuw als die klaar is',
    forbidden: 'geweigerd: de aanvrager is niet de eigen pagina van de annotator',
  },
};
