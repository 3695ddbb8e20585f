import type { check as en } from '../../../../src-main/text/messages/en-check.ts';
import type { Messages } from '../../messages.ts';

/** Wat er mis is met een schema (een schemabestand, de schema-editor). Namen, waarden, sneltoetsen en paden zijn die van het schema. */
export const check: Messages<typeof en> = {
  rule: {
    name: '1-64 letters, cijfers, _ of -',
    color: 'een kleur als #rrggbb',
    hotkey: 'één letter of cijfer',
  },
  path: { label: 'label {{name}}', attribute: 'kenmerk {{name}}', role: 'rol {{name}}', file: '(bestand)' },
  cannotRead: 'kan {{path}} niet lezen: {{reason}}',
  notUtf8: 'het is geen UTF-8-tekst',
  use: '"{{value}}": gebruik {{rule}}',
  also: {
    name: '"{{value}}" is ook de naam van {{earlier}}',
    value: '"{{value}}" is ook de waarde van {{earlier}}',
    hotkey: '"{{value}}" is ook de sneltoets van {{earlier}}',
    label: '"{{value}}" is ook het label van {{earlier}}',
  },
  choiceNeedsValue: 'een keuze heeft minstens één waarde nodig',
  tooManyValues: 'hoogstens {{max}} waarden',
  onlyChoice: 'alleen een keuze heeft waarden, niet een {{type}}',
  descriptionTooLong: 'langer dan {{max}} tekens',
  typeClash:
    '"{{name}}" is hier een {{type}} en een {{other}} op {{path}}; één kenmerknaam heeft één type in het hele schema',
  reservedKey:
    '"{{key}}" is een toets van de editor zelf ({{keys}} gaan naar de vorige of volgende annotatie)',
  noSide: 'noem minstens één label',
  noLabel: 'geen label "{{name}}" in dit schema',
  valueLength: 'moet 1-{{max}} tekens lang zijn',
  valueSpace: 'mag niet met witruimte beginnen of eindigen',
  shape: {
    unknownKey: 'onbekende sleutel',
    missing: 'ontbreekt',
    mustBe: 'moet {{expected}} zijn, niet {{actual}}',
    oneOf: 'moet een van {{types}} zijn',
    notScheme: 'moet een object met "labels" en "roles" zijn, niet {{actual}}',
    newAttributeType: 'ontbreekt (een nieuw kenmerk heeft een type nodig)',
    newRoleLabels: 'ontbreekt (een nieuwe rol heeft zijn labels nodig)',
    expected: {
      string: 'een tekenreeks',
      stringOrNull: 'een tekenreeks of null',
      boolean: 'true of false',
      strings: 'een lijst (array) van tekenreeksen',
      scalar: 'een tekenreeks, getal, true, false of null',
      array: 'een lijst (array)',
      object: 'een object',
    },
    json: {
      null: 'null',
      array: 'een lijst (array)',
      object: 'een object',
      string: 'een tekenreeks',
      number: 'een getal',
      boolean: 'een boolean',
    },
  },
};
