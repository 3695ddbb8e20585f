import type { readers as en } from '../../../../src-main/text/messages/en-readers.ts';
import type { Messages } from '../../messages.ts';

/** Waarom een bestand van een ander programma niet gelezen kon worden. Paden, sleutels, ids en waarden zijn die van het bestand. */
export const readers: Messages<typeof en> = {
  atRecord: 'record {{index}}: {{reason}}',
  atTask: 'taak {{index}}: {{reason}}',
  taskNotObject: 'een taak moet een JSON-object zijn',
  notJson: 'geen JSON: {{message}}',
  cannotRead: 'kan niet gelezen worden: {{error}}',
  doccano: {
    lineNotObject: 'een regel moet een JSON-object zijn',
    labelNotList: '"label" moet een lijst van [start, end, "LABEL"] zijn',
    labelItem: 'label[{{index}}] moet [start, end, "LABEL"] zijn',
    labelOutside: 'label[{{index}}] [{{start}}, {{end}}] valt niet binnen de tekst',
    entitiesNotList: '"entities" moet een lijst zijn',
    entityNotObject: 'entities[{{index}}] moet een object zijn',
    entityLabel: 'entities[{{index}}].label moet een tekenreeks zijn',
    entityOutside: 'entities[{{index}}] start_offset/end_offset zijn geen posities binnen de tekst',
    relationsNotList: '"relations" moet een lijst zijn',
    relationNotObject: 'relations[{{index}}] moet een object zijn',
    relationFields: 'relations[{{index}}] heeft from_id, to_id en type nodig',
  },
  labelStudio: {
    resultNotObject: 'result[{{index}}] moet een object zijn',
    resultOffsets: 'result[{{index}}]: start {{start}}, end {{end}} omvatten de tekst ervan niet',
    textNotString: 'data.text moet een tekenreeks zijn (alleen teksttaken worden gelezen)',
  },
  prodigy: {
    textEmpty: '"text" moet een niet-lege tekenreeks zijn',
    metaId: 'meta.id moet een tekenreeks of een getal zijn',
    extraNotObject: 'meta.extra moet een object zijn',
    extraTwice: 'meta.{{key}} staat ook in meta.extra; geef hem één keer',
    notIntegers: '{{where}}: start en end moeten gehele getallen zijn',
    notASpan: '{{where}}: {{start}}-{{end}} is geen stuk van de tekst ({{length}} codepunten)',
    textMismatch:
      '{{where}}: tekst {{given}} komt niet overeen met de tekst op {{start}}-{{end}} ({{covered}})',
    sameSpan: '{{where}}: head en child zijn dezelfde span',
  },
  conll: {
    fields: '"token TAG" (of "token POS TAG") verwacht',
    tag: 'tag {{tag}} is niet O, B-LABEL of I-LABEL',
  },
  detect: {
    notLabelStudio:
      'geen Label Studio-export (geen taken met "data"); kies bij een ander formaat het formaat zelf',
    ambiguous: 'het eerste record heeft sleutels van {{formats}} ({{keys}}); kies welk formaat het is',
    and: '{{first}} en {{rest}}',
  },
  encoding: {
    foreign:
      'het bestand lijkt {{encoding}} te zijn; zet het om naar UTF-8, bijvoorbeeld met iconv -f {{iconv}} -t UTF-8 in{{ext}} > out{{ext}}',
    utf16le: 'UTF-16 (little-endian)',
    utf16be: 'UTF-16 (big-endian)',
    utf32le: 'UTF-32 (little-endian)',
    utf32be: 'UTF-32 (big-endian)',
  },
  json: {
    invalid: 'ongeldige JSON: {{what}}',
    invalidAt: 'ongeldige JSON: {{what}} in kolom {{column}}',
    invalidAtEnd: 'ongeldige JSON: {{what}} in kolom {{column}}, het einde van de regel',
    atLine: '{{what}} in regel {{line}}, kolom {{column}}',
    atFileEnd: '{{what}} aan het einde van het bestand',
    unexpectedToken: 'onverwacht teken {{token}}',
    expectedKey: "naam van een eigenschap of '}' verwacht",
    expectedColon: "':' verwacht na de naam van een eigenschap",
    expectedCommaOrBrace: "',' of '}' verwacht na de waarde van een eigenschap",
    expectedCommaOrBracket: "',' of ']' verwacht na een element van een lijst",
    expectedQuotedKey: 'naam van een eigenschap tussen dubbele aanhalingstekens verwacht',
    unterminatedString: 'tekenreeks zonder afsluitend aanhalingsteken',
    controlCharacter: 'ongeldig stuurteken in een tekenreeks',
    afterJson: 'onverwachte tekens na de JSON',
    badEscape: 'ongeldig escapeteken',
    badUnicodeEscape: 'ongeldige Unicode-escape',
    noNumberAfterMinus: 'geen getal na het minteken',
    noExponent: 'exponent zonder getal',
    noFraction: 'decimaal getal zonder cijfers na de punt',
    endOfInput: 'onverwacht einde van de JSON',
  },
  brat: {
    noTxt: 'geen .txt-bestand met dezelfde naam ernaast',
    offsets: '"{{pair}}" is geen begin- en eindpositie',
    noType: '{{id}} heeft geen type en posities ("TYPE START END")',
    relation: '{{id}} is niet "TYPE Arg1:ID Arg2:ID"',
    attribute: '{{id}} is niet "NAME TARGET" of "NAME TARGET VALUE"',
    note: '{{id}} is niet "#ID<tab>TYPE TARGET<tab>TEXT"',
    noTab: 'geen tab na het id van de annotatie',
    unknownLine: 'onbekende annotatieregel "{{id}}" (brat kent T, R, E, A, M, N, # en *)',
    idTwice: '{{id}} is al het id van de annotatie op {{earlier}}',
    startNotBeforeEnd: '{{id}}: begin {{start}} moet kleiner zijn dan eind {{end}}',
    pastEnd:
      '{{id}}: eind {{end}} ligt voorbij het einde van de tekst ({{length}} tekens); brat telt posities in codepunten',
    overlap: '{{id}}: de fragmenten ervan overlappen',
    textMismatch:
      '{{id}}: tekst {{given}} komt niet overeen met de tekst op {{at}} ({{covered}}); brat telt posities in codepunten',
  },
};
