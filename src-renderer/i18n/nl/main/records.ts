import type { records as en } from '../../../../src-main/text/messages/en-records.ts';
import type { Messages } from '../../messages.ts';

/** Wat er mis is met één record van een import. `where` en JSON-waarden zijn die van het bestand zelf. */
export const records: Messages<typeof en> = {
  notObject: 'een record moet een JSON-object zijn',
  unknownKey: '{{where}}: onbekende sleutel {{key}}',
  mustBeObject: '{{where}} moet een object zijn',
  objectOrNull: '{{where}} moet een object of null zijn',
  stringOrNull: '{{where}} moet een tekenreeks of null zijn',
  textMissing: '"text" ontbreekt',
  textNotString: '"text" moet een tekenreeks zijn',
  textEmpty: '"text" is leeg',
  textProblem: '"text" bevat {{problem}}',
  idEmpty: '"id" moet een niet-lege tekenreeks zijn',
  idProblem: '"id" {{problem}}',
  metaNotObject: '"meta" moet een object zijn',
  metaTooDeep: '"meta" is dieper genest dan {{max}} niveaus',
  spansNotArray: '"spans" moet een lijst (array) zijn',
  tooManySpans: 'te veel spans ({{spans, number}}; hoogstens {{max, number}} per document)',
  shaMismatch: 'meta.sha256 klopt niet met de tekst (is de tekst na het exporteren gewijzigd?)',
  statusBad: 'meta.status moet een van deze zijn: {{statuses}}',
  extraNotObject: 'meta.extra moet een object zijn (de meta-sleutels die de app niet kent)',
  extraTwice: 'meta.{{key}} staat ook in meta.extra; geef hem één keer (in meta.extra)',
  metaNotString: 'meta.{{key}} moet een tekenreeks zijn',
  metaTooLong: 'meta.{{key}} is langer dan {{max}} tekens',
  dateForms: 'JJJJ, JJJJ-MM of JJJJ-MM-DD',
  dateNotString: 'meta.date moet een tekenreeks zijn: {{forms}}',
  dateProblem: 'meta.date: {{problem}}',
  notADate: '{{value}} is geen datum: gebruik {{forms}}, met een maand en dag die bestaan',
  loneSurrogate:
    'een ongepaarde surrogaathelft (\\u{{unit}} op UTF-16-positie {{at}}), die UTF-8 niet kan opslaan',
  idHas: 'bevat {{problem}}',
  idControl:
    'bevat een stuurteken ({{char}}, teken {{at}}); een id mag geen stuurtekens of regeleinden bevatten',
  idLineBreak:
    'bevat een regeleinde ({{char}}, teken {{at}}); een id mag geen stuurtekens of regeleinden bevatten',
  span: {
    idEmpty: '{{where}}.id moet een niet-lege tekenreeks zijn',
    idTooLong: '{{where}}.id is langer dan {{max}} tekens',
    idProblem: '{{where}}.id {{problem}}',
    notInteger: '{{where}}.{{name}} moet een geheel getal zijn',
    negative: '{{where}}.{{name}} {{value}} is negatief',
    startNotBeforeEnd: '{{where}}: start {{start}} moet kleiner zijn dan end {{end}}',
    pastEnd: '{{where}}: end {{end}} ligt voorbij het einde van de tekst ({{length}} codepunten)',
    textNotString: '{{where}}.text moet een tekenreeks zijn',
    textMismatch:
      '{{where}}: tekst {{given}} komt niet overeen met de tekst op {{at}} ({{covered}}); posities moeten Unicode-codepunten zijn',
    fragmentsNotArray: '{{where}}.fragments moet een lijst (array) zijn',
    oneFragment:
      '{{where}}.fragments heeft één fragment; een gefragmenteerde span heeft er minstens twee (laat fragments leeg voor een aaneengesloten span)',
    fragmentsOrder:
      '{{where}}.fragments[{{index}}] begint voordat fragments[{{previous}}] eindigt; fragmenten moeten op volgorde staan en mogen niet overlappen',
    fragmentsExtent:
      '{{where}}: start en end ({{start}}-{{end}}) moeten de omvang van de fragmenten zijn ({{first}}-{{last}})',
    attributesNotObject: '{{where}}.attributes moet een object zijn',
    attributeNotValue:
      '{{where}}.attributes.{{name}}: {{value}} is geen waarde (een tekenreeks, getal, true of false); laat een kenmerk zonder waarde weg',
    originKind: '{{where}}.kind moet een van deze zijn: {{kinds}}',
    labelEmpty: '{{where}}.label moet een niet-lege tekenreeks zijn',
    annotatorNotString: '{{where}}.annotator moet een tekenreeks zijn',
    duplicateId:
      'spans[{{index}}]: id {{id}} is al het id van spans[{{earlier}}]; span-id’s moeten uniek zijn in een document',
    repeated:
      'spans[{{index}}] herhaalt een eerdere span (zelfde label, start, end, fragmenten en annotator)',
  },
  relation: {
    notArray: '"relations" moet een lijst (array) zijn',
    endNotId: '{{where}}.{{side}} moet een span-id zijn (een tekenreeks)',
    endUnknown: '{{where}}: {{side}} {{id}} is niet het id van een span in dit record',
    sameSpan: '{{where}}: head en child zijn dezelfde span ({{id}}); een relatie verbindt twee spans',
    repeated: '{{where}} herhaalt relations[{{earlier}}] (zelfde head, child en label)',
  },
  suggestion: {
    annotator: '{{where}}: een suggestie hoort bij geen annotator; de annotator moet null zijn',
    fragments: '{{where}}: een suggestie is één stuk tekst; ze kan geen fragmenten hebben',
    rule: '{{where}}.origin.rule moet de regel noemen die haar voorstelde',
    noteOrFlag: '{{where}}: een suggestie heeft geen notitie of markering; accepteer haar eerst',
    repeated: '{{where}}: dezelfde suggestie (label en tekens) is ook spans[{{other}}]',
    inRelation:
      'relations[{{relation}}]: spans[{{span}}] is een suggestie; relaties verbinden alleen annotaties',
  },
  scheme: {
    labelName: 'label "{{name}}" kan niet worden gemaakt: gebruik {{rule}}',
    attributeName: 'kenmerk "{{name}}" kan niet worden gemaakt: gebruik {{rule}}',
    roleName: 'rol "{{name}}" kan niet worden gemaakt: gebruik {{rule}}',
    unknownLabel:
      'onbekend label "{{name}}" (voeg het eerst toe, of importeer met de optie om labels te maken)',
    unknownAttribute:
      '{{where}}: onbekend kenmerk "{{name}}" voor label {{label}} (voeg het eerst toe, of importeer met de optie om labels te maken)',
    unknownRole:
      '{{where}}: onbekende rol "{{name}}" (voeg hem eerst toe, of importeer met de optie om labels te maken)',
    attributeValue: '{{where}}: {{problem}}',
    nothing: 'niets',
    roleMismatch:
      '{{where}}: rol "{{role}}" verbindt {{head}} niet met {{child}} (hij verbindt {{from}} met {{to}})',
  },
  textDiffers:
    'de tekst verschilt van document "{{id}}" vanaf positie {{offset}}; de tekst van een document verandert nooit, dus het record wordt er niet mee samengevoegd',
  line: {
    tooLong: 'regel is {{bytes, number}} bytes; een record mag hoogstens {{max, number}} bytes zijn',
    notUtf8: 'regel is geen geldige UTF-8',
    bom: 'bestand begint met een byte order mark (BOM), wat JSONL niet toestaat; sla het op als UTF-8 zonder BOM',
    crOnly:
      "regels eindigen alleen op CR (oude Mac-stijl), dus lopen records in elkaar over; zet de regeleinden om naar LF, bijv. tr '\\r' '\\n' < in.jsonl > out.jsonl",
  },
  atPath: '{{path}}: {{reason}}',
  skipped: {
    noSuchFile: 'bestand of map bestaat niet',
    emptyText: 'leeg bestand, geen tekst',
    noTextAfterDate: 'geen tekst na de datumregel',
    whiteSpaceOnly: 'geen tekst, alleen witruimte',
    emptyJsonl: 'leeg bestand, geen records',
    blankLines: 'geen records, alleen lege regels',
    noRecords: 'geen records',
    noDocuments: 'geen documenten',
    databaseInFolder: 'een database in een map wordt niet gelezen; noem hem los om hem samen te voegen',
    notRegular: 'geen gewoon bestand of map (koppelingen worden niet gevolgd)',
    unsupported: 'geen ondersteund bestandstype ({{extensions}})',
    notOfFormat: 'geen {{format}}-bestand ({{extensions}})',
  },
  file: {
    tooBig: 'bestand is {{size, number}} bytes; een .txt-artikel mag hoogstens {{max, number}} bytes zijn',
    nulBytes: 'bestand bevat NUL-bytes (een binair bestand, geen tekst)',
    notUtf8: 'bestand is geen geldige UTF-8',
    dateHeader: 'datumregel: {{problem}}',
    idFromName: 'het id uit de bestandsnaam, {{id}}, {{problem}}; hernoem het bestand',
  },
};
