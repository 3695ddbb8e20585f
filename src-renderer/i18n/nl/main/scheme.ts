import type { scheme as en } from '../../../../src-main/text/messages/en-scheme.ts';
import type { Messages } from '../../messages.ts';

/**
 * Schemawijzigingen die geweigerd worden omdat ze gegevens zouden verweesen.
 * De hint na "; " is voor wie de API aanroept: de schema-editor toont het deel ervoor.
 */
export const scheme: Messages<typeof en> = {
  typeChange_one:
    '{{what}} kan niet van {{from}} naar {{to}}: {{count, number}} annotatie heeft een waarde (verwijder eerst het kenmerk met zijn waarden, of houd het type)',
  typeChange_other:
    '{{what}} kan niet van {{from}} naar {{to}}: {{count, number}} annotaties hebben een waarde (verwijder eerst het kenmerk met zijn waarden, of houd het type)',
  noLongerAllows_one: '{{what}} zou {{values}} niet meer toestaan, wat {{count, number}} annotatie gebruikt',
  noLongerAllows_other:
    '{{what}} zou {{values}} niet meer toestaan, wat {{count, number}} annotaties gebruiken',
  labelUsed_one: '{{label}} wordt gebruikt door {{count, number}} annotatie',
  labelUsed_other: '{{label}} wordt gebruikt door {{count, number}} annotaties',
  roleUsed_one: '{{role}} wordt gebruikt door {{count, number}} relatie',
  roleUsed_other: '{{role}} wordt gebruikt door {{count, number}} relaties',
  roleOutside_one:
    '{{count, number}} relatie van {{role}} verbindt labels die de rol niet meer zou verbinden',
  roleOutside_other:
    '{{count, number}} relaties van {{role}} verbinden labels die de rol niet meer zou verbinden',
  roleSeveral_one:
    '{{count, number}} gebeurtenis heeft meer dan één {{role}}, dus de rol kan niet één per gebeurtenis worden',
  roleSeveral_other:
    '{{count, number}} gebeurtenissen hebben meer dan één {{role}}, dus de rol kan niet één per gebeurtenis worden',
  joined: '{{first}}; {{rest}}',
  labelDelete: '{{refusal}}; verwijder die eerst of geef ze een ander label',
  roleDelete: '{{refusal}}; verwijder die relaties eerst',
  onlyLabelFrom:
    '{{label}} is het enige label waarvandaan rol {{role}} verbindt; wijzig of verwijder eerst de rol',
  onlyLabelTo:
    '{{label}} is het enige label waarnaar rol {{role}} verbindt; wijzig of verwijder eerst de rol',
  undo: '{{name}} kan nog terugkomen met ongedaan maken: {{steps}} in {{documents}} bevatten het; verwijder het met forgetUndo om die stappen ook te laten vallen',
  undoSteps_one: '{{count, number}} stap van ongedaan maken of opnieuw',
  undoSteps_other: '{{count, number}} stappen van ongedaan maken of opnieuw',
  documents_one: '{{count, number}} document',
  documents_other: '{{count, number}} documenten',
  valuesNamed_one: '{{count, number}} annotatie van {{label}} heeft al een waarde met de naam {{name}}',
  valuesNamed_other: '{{count, number}} annotaties van {{label}} hebben al een waarde met de naam {{name}}',
  hasValues_one:
    '{{label}}.{{name}} heeft een waarde op {{count, number}} annotatie; verwijder het met clearValues om die waarden ook te wissen',
  hasValues_other:
    '{{label}}.{{name}} heeft een waarde op {{count, number}} annotaties; verwijder het met clearValues om die waarden ook te wissen',
};
