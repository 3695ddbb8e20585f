/**
 * What is wrong with one record of an import (corpus/record*.ts), in English.
 * `where` is the record's JSON path (spans[3].fragments[1]) and values shown
 * as JSON are the file's own: neither is translated.
 */
export const records = {
  notObject: 'a record must be a JSON object',
  unknownKey: '{{where}}: unknown key {{key}}',
  mustBeObject: '{{where}} must be an object',
  objectOrNull: '{{where}} must be an object or null',
  stringOrNull: '{{where}} must be a string or null',
  textMissing: '"text" is missing',
  textNotString: '"text" must be a string',
  textEmpty: '"text" is empty',
  textProblem: '"text" has {{problem}}',
  idEmpty: '"id" must be a non-empty string',
  idProblem: '"id" {{problem}}',
  metaNotObject: '"meta" must be an object',
  metaTooDeep: '"meta" is nested more than {{max}} levels deep',
  spansNotArray: '"spans" must be an array',
  tooManySpans: 'too many spans ({{spans}}; at most {{max}} per document)',
  shaMismatch: 'meta.sha256 does not match the text (the text was changed after export?)',
  statusBad: 'meta.status must be one of {{statuses}}',
  extraNotObject: 'meta.extra must be an object (the meta keys the app does not model)',
  extraTwice: 'meta.{{key}} is also in meta.extra; give it once (in meta.extra)',
  metaNotString: 'meta.{{key}} must be a string',
  metaTooLong: 'meta.{{key}} is longer than {{max}} characters',
  dateForms: 'YYYY, YYYY-MM or YYYY-MM-DD',
  dateNotString: 'meta.date must be a string: {{forms}}',
  dateProblem: 'meta.date {{problem}}',
  notADate: '{{value}} is not a date: use {{forms}}, with a month and day that exist',
  loneSurrogate: 'an unpaired surrogate (\\u{{unit}} at UTF-16 offset {{at}}), which UTF-8 cannot store',
  idHas: 'has {{problem}}',
  idControl:
    'holds a control character ({{char}}, character {{at}}); an id may not hold control characters or line breaks',
  idLineBreak:
    'holds a line break ({{char}}, character {{at}}); an id may not hold control characters or line breaks',
  span: {
    idEmpty: '{{where}}.id must be a non-empty string',
    idTooLong: '{{where}}.id is longer than {{max}} characters',
    idProblem: '{{where}}.id {{problem}}',
    notInteger: '{{where}}.{{name}} must be an integer',
    negative: '{{where}}.{{name}} {{value}} is negative',
    startNotBeforeEnd: '{{where}}: start {{start}} must be less than end {{end}}',
    pastEnd: '{{where}}: end {{end}} is past the end of the text ({{length}} code points)',
    textNotString: '{{where}}.text must be a string',
    textMismatch:
      '{{where}}: text {{given}} does not match the text at {{at}} ({{covered}}); offsets must be Unicode code points',
    fragmentsNotArray: '{{where}}.fragments must be an array',
    oneFragment:
      '{{where}}.fragments has one fragment; a fragmented span has at least two (leave fragments empty for a contiguous span)',
    fragmentsOrder:
      '{{where}}.fragments[{{index}}] starts before fragments[{{previous}}] ends; fragments must be in order and not overlap',
    fragmentsExtent:
      '{{where}}: start and end ({{start}}-{{end}}) must be the extent of its fragments ({{first}}-{{last}})',
    attributesNotObject: '{{where}}.attributes must be an object',
    attributeNotValue:
      '{{where}}.attributes.{{name}}: {{value}} is not a value (a string, number, true or false); leave an unset attribute out',
    originKind: '{{where}}.kind must be one of {{kinds}}',
    labelEmpty: '{{where}}.label must be a non-empty string',
    annotatorNotString: '{{where}}.annotator must be a string',
    duplicateId:
      'spans[{{index}}]: id {{id}} is already the id of spans[{{earlier}}]; span ids must be unique in a document',
    repeated: 'spans[{{index}}] repeats an earlier span (same label, start, end, fragments and annotator)',
  },
  relation: {
    notArray: '"relations" must be an array',
    endNotId: '{{where}}.{{side}} must be a span id (a string)',
    endUnknown: '{{where}}: {{side}} {{id}} is not the id of a span in this record',
    sameSpan: '{{where}}: head and child are the same span ({{id}}); a relation links two spans',
    repeated: '{{where}} repeats relations[{{earlier}}] (same head, child and label)',
  },
  suggestion: {
    annotator: '{{where}}: a suggestion belongs to no annotator; its annotator must be null',
    fragments: '{{where}}: a suggestion is one stretch of text; it cannot have fragments',
    rule: '{{where}}.origin.rule must name the rule that suggested it',
    noteOrFlag: '{{where}}: a suggestion has no note or flag; accept it first',
    repeated: '{{where}}: the same suggestion (label and characters) is spans[{{other}}] too',
    inRelation: 'relations[{{relation}}]: spans[{{span}}] is a suggestion; relations link annotations only',
  },
  scheme: {
    labelName: 'label "{{name}}" cannot be created: use {{rule}}',
    attributeName: 'attribute "{{name}}" cannot be created: use {{rule}}',
    roleName: 'role "{{name}}" cannot be created: use {{rule}}',
    unknownLabel: 'unknown label "{{name}}" (add it first, or import with the option to create labels)',
    unknownAttribute:
      '{{where}}: unknown attribute "{{name}}" for label {{label}} (add it first, or import with the option to create labels)',
    unknownRole:
      '{{where}}: unknown role "{{name}}" (add it first, or import with the option to create labels)',
    attributeValue: '{{where}}: {{problem}}',
    /** What a role links when it links no label. */
    nothing: 'nothing',
    roleMismatch:
      '{{where}}: role "{{role}}" does not link {{head}} to {{child}} (it links {{from}} to {{to}})',
  },
  textDiffers:
    'text differs from document "{{id}}" at offset {{offset}}; a document\'s text never changes, so the record is not merged into it',
  line: {
    tooLong: 'line is {{bytes}} bytes; a record may be at most {{max}} bytes',
    notUtf8: 'line is not valid UTF-8',
    bom: 'file starts with a byte order mark (BOM), which JSONL does not allow; save it as UTF-8 without BOM',
    crOnly:
      "lines end in CR only (old Mac style), so records run together; convert the line endings to LF, e.g. tr '\\r' '\\n' < in.jsonl > out.jsonl",
  },
  atPath: '{{path}}: {{reason}}',
  skipped: {
    noSuchFile: 'no such file or folder',
    emptyText: 'empty file, no text',
    noTextAfterDate: 'no text after the date header',
    whiteSpaceOnly: 'no text, only white space',
    emptyJsonl: 'empty file, no records',
    blankLines: 'no records, only blank lines',
    noRecords: 'no records',
    noDocuments: 'no documents',
    databaseInFolder: 'a database inside a folder is not read; name it to merge it',
    notRegular: 'not a regular file or folder (links are not followed)',
    unsupported: 'not a supported file type ({{extensions}})',
    notOfFormat: 'not a {{format}} file ({{extensions}})',
  },
  file: {
    tooBig: 'file is {{size}} bytes; a .txt article may be at most {{max}} bytes',
    nulBytes: 'file contains NUL bytes (a binary file, not text)',
    notUtf8: 'file is not valid UTF-8',
    dateHeader: 'date header {{problem}}',
    idFromName: 'the id from the file name, {{id}}, {{problem}}; rename the file',
  },
} as const;
