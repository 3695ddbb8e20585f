import type { losses as en } from '../../../../src-main/text/messages/en-losses.ts';
import type { Messages } from '../../messages.ts';

/** Wat een exportformaat niet kon bevatten. Span-id’s, labels, veldnamen en waarden blijven zoals ze zijn. */
export const losses: Messages<typeof en> = {
  kind: {
    attribute: 'kenmerk',
    spanField: 'spanveld',
    fragments: 'fragmenten',
    span: 'span',
    spanEdge: 'spanrand',
    relation: 'relatie',
    documentField: 'documentveld',
    text: 'tekst',
    nestedSpan: 'geneste span',
    overlappingSpan: 'overlappende span',
    duplicateSpan: 'dubbele span',
    annotator: 'annotator',
    origin: 'herkomst',
    note: 'notitie',
    flag: 'markering',
    documentId: 'document-id',
    meta: 'meta',
    lineEndings: 'regeleinden',
    outsideLayer: 'relatie buiten de laag',
    column: 'kolom',
    prodigyKey: 'prodigy-sleutel',
    answer: 'antwoord',
    duplicate: 'duplicaat',
    event: 'gebeurtenis',
    normalization: 'normalisatie',
    equivalence: 'equivalentie',
    unlabeledRegion: 'gebied zonder label',
    unlabeledRelation: 'relatie zonder label',
    cancelledAnnotation: 'geannuleerde annotatie',
    prediction: 'voorspelling',
  },
  kindOf: {
    result: '{{type}}-resultaat',
  },
  reader: {
    columns: '{{count}} middelste kolom(men) (zoals POS-tags) niet bewaard',
    repeatedSpan: 'spans[{{index}}] herhaalt een eerdere span: één keer gelezen',
    tokenRelation: '{{where}} ({{role}}) verbindt tokens {{head}} en {{child}}, geen spans: niet bewaard',
    keyNotKept: '{{where}}.{{key}} niet bewaard',
    spanKeys: 'spansleutels {{keys}} niet bewaard',
    taskKeys: 'taaksleutels {{keys}} niet bewaard',
    answer: 'antwoord {{answer}} niet bewaard: geïmporteerd als een geaccepteerde taak',
  },
  bratIn: {
    duplicate: 'hetzelfde label en dezelfde tekens als {{twin}}: niet gelezen',
    unread:
      '{{where}}: {{what}} {{id}} wordt niet gelezen: alleen tekstgebonden spans, relaties, kenmerken en notities worden gelezen',
    relationNoSpan:
      '{{where}}: relatie {{id}} wordt niet gelezen: {{missing}} is geen gelezen tekstgebonden span',
    relationSelf: '{{where}}: relatie {{id}} verbindt {{head}} met zichzelf: niet gelezen',
    relationRepeat: '{{where}}: relatie {{id}} herhaalt een eerdere: niet gelezen',
    attributeNoSpan:
      '{{where}}: kenmerk {{id}} wordt niet gelezen: {{target}} is geen gelezen tekstgebonden span',
    attributeTwice: '{{where}}: {{name}} staat twee keer op {{span}}: de latere waarde wordt bewaard',
    note: '{{where}}: {{type}} {{id}} op {{target}} wordt niet gelezen: alleen AnnotatorNotes op tekstgebonden spans worden gelezen',
    secondNote: '{{where}}: een tweede notitie op {{span}} wordt met een spatie aan de eerste toegevoegd',
  },
  labelStudioIn: {
    unlabeledRegion: 'een gebied zonder labels is niet geïmporteerd',
    unlabeledRelation: 'een relatie zonder label (onze relaties hebben een rol nodig)',
    otherResult: 'een {{type}}-resultaat heeft geen plaats in onze records',
    cancelled: 'een geannuleerde (overgeslagen) annotatie is niet geïmporteerd',
    predictions_one: '{{count}} voorspelling niet geïmporteerd',
    predictions_other: '{{count}} voorspellingen niet geïmporteerd',
  },
  tokens: {
    fragments: '{{span}} heeft {{count}} fragmenten: geschreven als één span van {{start}} tot {{end}}',
    whiteSpaceOnly: '{{span}} beslaat alleen witruimte: niet geschreven',
    edge: '{{span}} begint of eindigt in witruimte: geschreven als de tokens die hij beslaat, {{covered}}',
    attributes: '{{span}}: kenmerken {{names}} niet bewaard ({{format}} heeft geen spankenmerken)',
    fields: '{{span}}: {{fields}} niet bewaard',
  },
  conll: {
    relation: 'relatie {{head}} -> {{child}} ({{role}}) niet bewaard: CoNLL-2002 heeft geen relaties',
    documentFields: '{{fields}} niet bewaard: CoNLL-2002 heeft geen id’s of meta',
    blankText: 'de tekst is alleen witruimte: geschreven als een leeg document, dat een import overslaat',
    whiteSpace:
      'witruimte en regeleinden niet bewaard: een import bouwt de tekst opnieuw op met één spatie tussen tokens en een regeleinde tussen zinnen',
    sameTokens: '{{span}} beslaat dezelfde tokens als {{other}}: CoNLL-2002 bewaart de buitenste span',
    nested: '{{span}} ligt binnen {{other}}: CoNLL-2002 bewaart de buitenste span',
    overlaps: '{{span}} overlapt {{other}}: CoNLL-2002 bewaart de buitenste span',
  },
  prodigy: {
    duplicate: '{{span}} beslaat dezelfde tokens als {{other}}: één keer geschreven',
    relation:
      'relatie {{head}} -> {{child}} ({{role}}) niet bewaard: haar spans worden niet als twee spans geschreven',
  },
  doccano: {
    noPlace: '{{what}}: {{tool}} heeft er geen plaats voor',
    attribute: 'kenmerk {{name}}={{value}}',
    annotator: 'annotator {{name}}',
    origin: 'herkomst {{origin}}',
    note: 'notitie',
    flag: 'markering {{flag}}',
    fragments: '{{count}} fragmenten geschreven als één span {{start}}-{{end}}',
    relation:
      'relatie {{role}}: het schema heeft geen rollen, dus het bestand gebruikt doccano’s labelindeling',
  },
  brat: {
    longId:
      'het id is te lang voor een bestandsnaam: geschreven als {{name}}, dat als die naam wordt teruggelezen',
    metaField: 'meta.{{field}} "{{value}}" wordt niet geschreven: brat bewaart alleen de tekst',
    documentNote:
      'de notitie van het document "{{value}}" wordt niet geschreven: brat heeft geen plaats voor een documentnotitie',
    documentFlag:
      'de markering van het document "{{value}}" wordt niet geschreven: brat heeft geen plaats voor een documentmarkering',
    status:
      'meta.status "{{status}}" wordt niet geschreven: een brat-document wordt teruggelezen als Te doen',
    extra: 'meta.extra ({{keys}}) wordt niet geschreven: brat bewaart alleen de tekst',
    relationSpan:
      'relatie {{role}} {{head}} → {{child}} wordt niet geschreven: haar span {{span}} wordt niet geschreven',
    relationRole:
      'relatie {{role}} {{head}} → {{child}} wordt niet geschreven: haar rol is niet één woord, wat een brat-type moet zijn',
    attributeFalse:
      'kenmerk {{name}} = {{value}} wordt niet geschreven: brat kent geen false: een niet-gezet binair kenmerk is false',
    attributeWords:
      'kenmerk {{name}} = {{value}} wordt niet geschreven: een brat-kenmerk en zijn waarde zijn elk één woord',
    noteLines: 'de regeleinden in de notitie worden als spaties geschreven: een brat-notitie is één regel',
    lineEndings:
      'CR LF- en CR-regeleinden worden als LF geschreven, zoals brat ze leest; posities tellen de LF-tekst',
  },
  layer: {
    otherLayer: 'het andere eind ligt in de laag van {{annotator}}, niet in die van {{layer}}',
    unattributed: 'het andere eind ligt in de niet-toegewezen spans, niet in de laag van {{layer}}',
  },
};
