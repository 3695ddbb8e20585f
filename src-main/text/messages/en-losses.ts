/**
 * What an export format could not hold (formats/*), in English. Span ids,
 * labels, field names and values are the record's own: never translated.
 */
export const losses = {
  /** The short kinds a loss report counts by; the code uses these texts as the kinds themselves. */
  kind: {
    attribute: 'attribute',
    spanField: 'span field',
    fragments: 'fragments',
    span: 'span',
    spanEdge: 'span edge',
    relation: 'relation',
    documentField: 'document field',
    text: 'text',
    nestedSpan: 'nested span',
    overlappingSpan: 'overlapping span',
    duplicateSpan: 'duplicate span',
    annotator: 'annotator',
    origin: 'origin',
    note: 'note',
    flag: 'flag',
    documentId: 'document id',
    meta: 'meta',
    lineEndings: 'line endings',
    outsideLayer: 'relation outside the layer',
    column: 'column',
    prodigyKey: 'prodigy key',
    answer: 'answer',
    duplicate: 'duplicate',
    event: 'event',
    normalization: 'normalization',
    equivalence: 'equivalence',
    unlabeledRegion: 'unlabeled region',
    unlabeledRelation: 'unlabeled relation',
    cancelledAnnotation: 'cancelled annotation',
    prediction: 'prediction',
  },
  /** A kind named by the file (a Label Studio result type): counted as it is, said in the window's language. */
  kindOf: {
    result: '{{type}} result',
  },
  /** What another tool's file held that an import could not take in. */
  reader: {
    columns: '{{count}} middle column(s) (such as POS tags) not kept',
    repeatedSpan: 'spans[{{index}}] repeats an earlier span: read once',
    tokenRelation: '{{where}} ({{role}}) links tokens {{head}} and {{child}}, not spans: not kept',
    keyNotKept: '{{where}}.{{key}} not kept',
    spanKeys: 'span keys {{keys}} not kept',
    taskKeys: 'task keys {{keys}} not kept',
    answer: 'answer {{answer}} not kept: imported like an accepted task',
  },
  /** What a brat .ann held that an import could not take in; `where` is the file and line. */
  bratIn: {
    duplicate: 'same label and characters as {{twin}}: not read',
    unread:
      '{{where}}: {{what}} {{id}} is not read: only text-bound spans, relations, attributes and notes are',
    relationNoSpan:
      '{{where}}: relation {{id}} is not read: {{missing}} is not a text-bound span that was read',
    relationSelf: '{{where}}: relation {{id}} links {{head}} to itself: not read',
    relationRepeat: '{{where}}: relation {{id}} repeats an earlier one: not read',
    attributeNoSpan:
      '{{where}}: attribute {{id}} is not read: {{target}} is not a text-bound span that was read',
    attributeTwice: '{{where}}: {{name}} is set twice on {{span}}: the later value is kept',
    note: '{{where}}: {{type}} {{id}} on {{target}} is not read: only AnnotatorNotes on text-bound spans are',
    secondNote: '{{where}}: a second note on {{span}} is joined to the first with a space',
  },
  /** What a Label Studio export held that an import could not take in. */
  labelStudioIn: {
    unlabeledRegion: 'a region without labels was not imported',
    unlabeledRelation: 'a relation without a label (our relations need a role)',
    otherResult: 'a {{type}} result has no place in our records',
    cancelled: 'a cancelled (skipped) annotation was not imported',
    predictions_one: '{{count}} prediction not imported',
    predictions_other: '{{count}} predictions not imported',
  },
  tokens: {
    fragments: '{{span}} has {{count}} fragments: written as one span from {{start}} to {{end}}',
    whiteSpaceOnly: '{{span}} covers white space only: not written',
    edge: '{{span}} starts or ends in white space: written as the tokens it covers, {{covered}}',
    attributes: '{{span}}: attributes {{names}} not kept ({{format}} has no span attributes)',
    fields: '{{span}}: {{fields}} not kept',
  },
  conll: {
    relation: 'relation {{head}} -> {{child}} ({{role}}) not kept: CoNLL-2002 has no relations',
    documentFields: '{{fields}} not kept: CoNLL-2002 has no ids or meta',
    blankText: 'the text is white space only: written as an empty document, which an import skips',
    whiteSpace:
      'white space and line breaks not kept: an import rebuilds the text with one space between tokens and a line break between sentences',
    sameTokens: '{{span}} covers the same tokens as {{other}}: CoNLL-2002 keeps the outermost span',
    nested: '{{span}} is nested inside {{other}}: CoNLL-2002 keeps the outermost span',
    overlaps: '{{span}} overlaps {{other}}: CoNLL-2002 keeps the outermost span',
  },
  prodigy: {
    duplicate: '{{span}} covers the same tokens as {{other}}: written once',
    relation: 'relation {{head}} -> {{child}} ({{role}}) not kept: its spans are not written as two spans',
  },
  doccano: {
    noPlace: '{{what}}: {{tool}} has no place for it',
    attribute: 'attribute {{name}}={{value}}',
    annotator: 'annotator {{name}}',
    origin: 'origin {{origin}}',
    note: 'note',
    flag: 'flag {{flag}}',
    fragments: '{{count}} fragments written as one span {{start}}-{{end}}',
    relation: "relation {{role}}: the scheme has no roles, so the file uses doccano's label layout",
  },
  brat: {
    longId: 'the id is too long for a file name: written as {{name}}, which reads back as that name',
    metaField: 'meta.{{field}} "{{value}}" is not written: brat keeps only the text',
    documentNote: 'the document\'s note "{{value}}" is not written: brat has no place for a document note',
    documentFlag: 'the document\'s flag "{{value}}" is not written: brat has no place for a document flag',
    status: 'meta.status "{{status}}" is not written: a brat document reads back as todo',
    extra: 'meta.extra ({{keys}}) is not written: brat keeps only the text',
    relationSpan: 'relation {{role}} {{head}} → {{child}} is not written: its span {{span}} is not written',
    relationRole:
      'relation {{role}} {{head}} → {{child}} is not written: its role is not one word, which a brat type must be',
    attributeFalse:
      'attribute {{name}} = {{value}} is not written: brat has no false: an unset binary attribute is false',
    attributeWords:
      'attribute {{name}} = {{value}} is not written: a brat attribute and its value are one word each',
    noteLines: 'the line breaks in its note are written as spaces: a brat note is one line',
    lineEndings: 'CR LF and CR line breaks are written as LF, as brat reads them; offsets count the LF text',
  },
  layer: {
    otherLayer: "its other end is in {{annotator}}'s layer, not in {{layer}}'s",
    unattributed: "its other end is in the unattributed spans, not in {{layer}}'s",
  },
} as const;
