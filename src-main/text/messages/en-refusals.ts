/**
 * Why the core refused a change or a call (AppError), in English. Names of
 * labels, roles, annotators and files are the user's own: never translated.
 */
export const refusals = {
  notFound: {
    document: 'document {{id}} does not exist',
    annotation: 'annotation {{id}} does not exist',
    label: 'label {{id}} does not exist',
    role: 'role {{id}} does not exist',
    relation: 'relation {{id}} does not exist',
    suggestion: 'suggestion {{id}} does not exist',
    attribute: 'attribute {{id}} does not exist',
  },
  db: {
    theDatabase: 'the database',
    named: 'database {{path}}',
    locked: '{{what}} is locked by another process ({{detail}}); close the other program and try again',
    readOnly: "{{what}} cannot be written ({{detail}}); check the file's permissions",
    damaged: '{{what}} is damaged ({{detail}}); it was left as it is — restore a backup copy',
    full: 'cannot write {{what}} ({{detail}}); check the free disk space',
  },
  busy: {
    importing: 'an import is running; try again when it has finished',
    anotherImport: 'another import is running',
  },
  annotation: {
    exists: 'an annotation with this label already covers exactly this span',
    extent:
      "start and end of a discontinuous annotation are its fragments' extent ({{first}}-{{last}}), not {{start}}-{{end}}",
    readOnlyLayer:
      "this span is in {{annotator}}'s layer, which is shown read-only; only your own layer and gold can be changed",
    readOnlyLayerMine:
      "this span is in {{annotator}}'s layer, which is shown read-only; only your own layer ({{me}}) and gold can be changed",
    noAttribute: '{{label}} has no attribute "{{name}}"',
    noAttributeOf: '{{label}} has no attribute "{{name}}" (it has {{known}})',
    relabelValues_one: '{{label}} has no {{names}}: unset that value before changing the label',
    relabelValues_other: '{{label}} has no {{names}}: unset those {{count}} values before changing the label',
    relabelRelations_one:
      '{{label}} does not fit 1 relation of this annotation ({{roles}}): remove it before changing the label',
    relabelRelations_other:
      '{{label}} does not fit {{count}} relations of this annotation ({{roles}}): remove them before changing the label',
    oneFragment:
      'a discontinuous annotation has at least two fragments; for one stretch of text leave fragments out',
    noMentions: 'a discontinuous annotation has no one text to look for; pick a contiguous one',
    described: '{{label}} "{{excerpt}}" ({{id}})',
  },
  relation: {
    self: 'an annotation cannot be linked to itself',
    selfStored: 'a relation cannot link an annotation to itself',
    otherDocument:
      'annotations {{head}} and {{child}} are in different documents; a relation links two annotations of one document',
    noLabel: 'no label',
    orList: '{{first}} or {{rest}}',
    notChild: '{{role}} links {{from}} to {{to}}, not to {{child}}',
    notHeadChild: '{{role}} links {{from}} to {{to}}, not {{head}} to {{child}}',
    already: '{{head}} already has {{child}} as its {{role}}',
    onlyOne:
      '{{head}} already has {{child}} as its {{role}}, and {{role}} takes one per event: remove that one first',
    exists: 'this relation already exists',
    roleGone: 'the relation cannot come back: its role ({{role}}) was deleted from the scheme',
    endGone: 'the relation cannot come back: annotation {{id}} is gone',
  },
  label: {
    name: 'label name "{{name}}": use {{rule}}',
    nameTaken: 'another label already uses the name "{{value}}"',
    hotkeyTaken: 'another label already uses the hotkey "{{value}}"',
  },
  curation: {
    gone: 'that item is no longer in this document; the list was read again',
    noSuchSpan: '{{annotator}} has no such span to accept',
    noSuchSpanNoAnnotator: 'no annotator has no such span to accept',
    inGold: 'this item is already in gold',
    deleteFromGold: 'this item is in gold: delete it from gold to take it out',
  },
  suggestion: {
    rejected: 'suggestion {{id}} was rejected; it cannot be accepted',
    noRule: 'no rules suggest {{name}}; rules suggest {{labels}}',
    noLabel: 'the scheme has no label {{name}}; import resources/schemes/news-events.json or add it',
  },
  history: {
    annotationGone: 'annotation {{id}} is already gone',
    relationGone: 'relation {{id}} is already gone',
    nothingToUndo: 'nothing to undo in this document',
    nothingToRedo: 'nothing to redo in this document',
  },
  formatUnavailable: '{{format}} is not available in this build',
  attributeValue: {
    choice: '{{value}} is not a valid {{name}}: expected one of {{values}}',
    boolean: '{{value}} is not a valid {{name}}: expected true or false',
    number: '{{value}} is not a valid {{name}}: expected a number',
    text: '{{value}} is not a valid {{name}}: expected a string',
    date: '{{value}} is not a valid {{name}}: expected a date (YYYY, YYYY-MM or YYYY-MM-DD)',
  },
  team: {
    noHost: '"{{server}}" names no host (postgres://host:port/database)',
    noUser: 'the user name is missing (the login the team owner made for you)',
  },
  annotatorName: {
    empty: 'an annotator name cannot be empty',
    whiteSpace: 'an annotator name cannot start or end with white space',
    tooLong: 'an annotator name has at most {{max}} characters',
    control: 'an annotator name cannot hold control characters',
    reserved: '"{{name}}" is reserved ("{{gold}}" and "{{all}}" name layers, not annotators)',
  },
  write: {
    failed: 'cannot write {{path}}: {{detail}}',
    notAFolder: 'cannot write {{path}}: it is not a folder; nothing was written',
    folderNotEmpty: 'cannot write {{path}}: the folder is not empty; nothing was written',
  },
} as const;
