/**
 * Why a file of another tool's format (formats/*) could not be read, in
 * English; and why a file cannot be read at all (JSON syntax, encoding,
 * format detection). Paths, keys, ids and values quoted from the file are
 * the file's own: never translated.
 */
export const readers = {
  atRecord: 'record {{index}}: {{reason}}',
  atTask: 'task {{index}}: {{reason}}',
  taskNotObject: 'a task must be a JSON object',
  notJson: 'not JSON: {{message}}',
  cannotRead: 'cannot read: {{error}}',
  doccano: {
    lineNotObject: 'a line must be a JSON object',
    labelNotList: '"label" must be a list of [start, end, "LABEL"]',
    labelItem: 'label[{{index}}] must be [start, end, "LABEL"]',
    labelOutside: 'label[{{index}}] [{{start}}, {{end}}] is not inside the text',
    entitiesNotList: '"entities" must be a list',
    entityNotObject: 'entities[{{index}}] must be an object',
    entityLabel: 'entities[{{index}}].label must be a string',
    entityOutside: 'entities[{{index}}] start_offset/end_offset are not offsets inside the text',
    relationsNotList: '"relations" must be a list',
    relationNotObject: 'relations[{{index}}] must be an object',
    relationFields: 'relations[{{index}}] needs from_id, to_id and type',
  },
  labelStudio: {
    resultNotObject: 'result[{{index}}] must be an object',
    resultOffsets: 'result[{{index}}]: start {{start}}, end {{end}} do not cover its text',
    textNotString: 'data.text must be a string (only text tasks are read)',
  },
  prodigy: {
    textEmpty: '"text" must be a non-empty string',
    metaId: 'meta.id must be a string or a number',
    extraNotObject: 'meta.extra must be an object',
    extraTwice: 'meta.{{key}} is also in meta.extra; give it once',
    notIntegers: '{{where}}: start and end must be integers',
    notASpan: '{{where}}: {{start}}-{{end}} is not a span of the text ({{length}} code points)',
    textMismatch: '{{where}}: text {{given}} does not match the text at {{start}}-{{end}} ({{covered}})',
    sameSpan: '{{where}}: head and child are the same span',
  },
  conll: {
    fields: 'expected "token TAG" (or "token POS TAG")',
    tag: 'tag {{tag}} is not O, B-LABEL or I-LABEL',
  },
  detect: {
    notLabelStudio: 'not a Label Studio export (no tasks with "data"); for another format use --format',
    ambiguous: 'the first record has keys of {{formats}} ({{keys}}); say which with --format',
    and: '{{first}} and {{rest}}',
  },
  encoding: {
    foreign:
      'file looks like {{encoding}}; convert it to UTF-8, e.g. iconv -f {{iconv}} -t UTF-8 in{{ext}} > out{{ext}}',
    utf16le: 'UTF-16 (little-endian)',
    utf16be: 'UTF-16 (big-endian)',
    utf32le: 'UTF-32 (little-endian)',
    utf32be: 'UTF-32 (big-endian)',
  },
  /** JSON syntax errors; the `what` entries are V8's own words. */
  json: {
    invalid: 'invalid JSON: {{what}}',
    invalidAt: 'invalid JSON: {{what}} at column {{column}}',
    invalidAtEnd: 'invalid JSON: {{what}} at column {{column}}, the end of the line',
    /** In a whole file, after "not JSON: ". */
    atLine: '{{what}} at line {{line}}, column {{column}}',
    atFileEnd: '{{what}} at the end of the file',
    unexpectedToken: 'Unexpected token {{token}}',
    expectedKey: "Expected property name or '}'",
    expectedColon: "Expected ':' after property name",
    expectedCommaOrBrace: "Expected ',' or '}' after property value",
    expectedCommaOrBracket: "Expected ',' or ']' after array element",
    expectedQuotedKey: 'Expected double-quoted property name',
    unterminatedString: 'Unterminated string',
    controlCharacter: 'Bad control character in string literal',
    afterJson: 'Unexpected non-whitespace character after JSON',
    badEscape: 'Bad escaped character',
    badUnicodeEscape: 'Bad Unicode escape',
    noNumberAfterMinus: 'No number after minus sign',
    noExponent: 'Exponent part is missing a number',
    noFraction: 'Unterminated fractional number',
    endOfInput: 'Unexpected end of JSON input',
  },
  brat: {
    noTxt: 'no .txt file with the same name beside it',
    offsets: '"{{pair}}" is not a start and end offset',
    noType: '{{id}} has no type and offsets ("TYPE START END")',
    relation: '{{id}} is not "TYPE Arg1:ID Arg2:ID"',
    attribute: '{{id}} is not "NAME TARGET" or "NAME TARGET VALUE"',
    note: '{{id}} is not "#ID<tab>TYPE TARGET<tab>TEXT"',
    noTab: 'no tab after the annotation id',
    unknownLine: 'unknown annotation line "{{id}}" (brat has T, R, E, A, M, N, # and *)',
    idTwice: '{{id}} is already the id of the annotation at {{earlier}}',
    startNotBeforeEnd: '{{id}}: start {{start}} must be less than end {{end}}',
    pastEnd:
      '{{id}}: end {{end}} is past the end of the text ({{length}} characters); brat offsets are code points',
    overlap: '{{id}}: its fragments overlap',
    textMismatch:
      '{{id}}: text {{given}} does not match the text at {{at}} ({{covered}}); brat offsets are code points',
  },
} as const;
