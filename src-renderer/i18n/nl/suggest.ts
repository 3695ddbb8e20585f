import type { suggest as en } from '../en/suggest.ts';
import type { Messages } from '../messages.ts';

export const suggest: Messages<typeof en> = {
  panel: {
    title: 'Suggesties',
    heading: 'Suggesties ({{count, number}})',
    selected: 'Geselecteerde suggestie',
    accept: 'Accepteren',
    reject: 'Afwijzen',
    stepKeys: '{{next}} selecteert de volgende suggestie, {{previous}} de vorige.',
    acceptAll: 'Alle van een label accepteren…',
    wholeCorpus: 'Stel ze voor in het hele corpus',
  },
  notice: {
    document_one: 'Nog {{count, number}} vermelding van {{what}} voorgesteld in dit document.',
    document_other: 'Nog {{count, number}} vermeldingen van {{what}} voorgesteld in dit document.',
    corpus_one: '{{mentions}} van {{what}} voorgesteld in {{count, number}} document van het corpus.',
    corpus_other: '{{mentions}} van {{what}} voorgesteld in {{count, number}} documenten van het corpus.',
    mentions_one: '{{count, number}} vermelding',
    mentions_other: '{{count, number}} vermeldingen',
  },
  acceptAll: {
    title: 'Alle suggesties van een label accepteren',
    help: 'In dit document. Druk op de toets van het label, of ↑ / ↓ en Enter.',
    count_one: '{{count, number}} suggestie',
    count_other: '{{count, number}} suggesties',
    cancel: 'Annuleren',
    done_one: '{{count, number}} suggestie voor {{label}} geaccepteerd.',
    done_other: '{{count, number}} suggesties voor {{label}} geaccepteerd.',
  },
  hint: {
    noneHere: 'Geen suggesties in dit document.',
    noneToAccept: 'Geen suggesties in dit document om te accepteren.',
    selectToAccept: 'Selecteer een suggestie (N) om haar te accepteren.',
    selectToReject: 'Selecteer een suggestie (N) om haar af te wijzen.',
    selectAnnotation: 'Selecteer een annotatie om haar andere vermeldingen voor te stellen.',
  },
  error: {
    suggest: 'Voorstellen is mislukt: {{reason}}',
    reject: 'Afwijzen van de suggestie is mislukt: {{reason}}',
    mentions: 'Voorstellen van de vermeldingen is mislukt: {{reason}}',
  },
};
