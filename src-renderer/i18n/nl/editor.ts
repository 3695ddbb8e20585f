import type { editor as en } from '../en/editor.ts';
import type { Messages } from '../messages.ts';

export const editor: Messages<typeof en> = {
  articleText: 'Artikeltekst',
  suggestedHint: 'voorgesteld: {{label}} ({{rule}})',
  hint: {
    whiteSpaceTag: 'Je hebt alleen witruimte geselecteerd: selecteer tekst om die te labelen.',
    whiteSpaceAdd: 'Je hebt alleen witruimte geselecteerd: selecteer tekst om toe te voegen.',
    splitsCharacter: 'De selectie deelt een teken in tweeën; maak haar één teken langer.',
    tagOrRelabel:
      'Selecteer tekst om die te labelen, of selecteer een annotatie om haar een ander label te geven.',
    moveEdges: 'Selecteer een annotatie om haar grenzen te verschuiven.',
    linkRole: 'Selecteer een annotatie met het label {{labels}} om haar {{role}} te koppelen.',
    addFragment:
      'Selecteer een annotatie, selecteer dan meer tekst en druk op + om die als fragment toe te voegen.',
    alreadyPart: 'Die tekst hoort al bij de geselecteerde annotatie.',
    removeFragment: 'Zet de cursor op een fragment van de geselecteerde annotatie om het weg te halen.',
  },
};
