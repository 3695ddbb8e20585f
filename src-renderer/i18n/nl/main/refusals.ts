import type { refusals as en } from '../../../../src-main/text/messages/en-refusals.ts';
import type { Messages } from '../../messages.ts';

/** Waarom de kern een wijziging of aanroep weigerde. Namen van labels, rollen en annotatoren blijven zoals ze zijn. */
export const refusals: Messages<typeof en> = {
  notFound: {
    document: 'document {{id}} bestaat niet',
    annotation: 'annotatie {{id}} bestaat niet',
    label: 'label {{id}} bestaat niet',
    role: 'rol {{id}} bestaat niet',
    relation: 'relatie {{id}} bestaat niet',
    suggestion: 'suggestie {{id}} bestaat niet',
    attribute: 'kenmerk {{id}} bestaat niet',
  },
  db: {
    theDatabase: 'de database',
    named: 'database {{path}}',
    locked:
      '{{what}} is vergrendeld door een ander proces ({{detail}}); sluit het andere programma en probeer het opnieuw',
    readOnly: '{{what}} kan niet worden geschreven ({{detail}}); controleer de rechten van het bestand',
    damaged: '{{what}} is beschadigd ({{detail}}); het is gelaten zoals het is — zet een reservekopie terug',
    full: 'kan {{what}} niet schrijven ({{detail}}); controleer de vrije schijfruimte',
  },
  busy: {
    importing: 'er loopt een import; probeer het opnieuw als die klaar is',
    anotherImport: 'er loopt al een andere import',
  },
  annotation: {
    exists: 'een annotatie met dit label beslaat al precies deze span',
    extent:
      'start en end van een onderbroken annotatie zijn de omvang van haar fragmenten ({{first}}-{{last}}), niet {{start}}-{{end}}',
    readOnlyLayer:
      'deze span staat in de laag van {{annotator}}, die alleen-lezen wordt getoond; alleen je eigen laag en de goudstandaard kunnen worden gewijzigd',
    readOnlyLayerMine:
      'deze span staat in de laag van {{annotator}}, die alleen-lezen wordt getoond; alleen je eigen laag ({{me}}) en de goudstandaard kunnen worden gewijzigd',
    noAttribute: '{{label}} heeft geen kenmerk "{{name}}"',
    noAttributeOf: '{{label}} heeft geen kenmerk "{{name}}" (wel {{known}})',
    relabelValues_one: '{{label}} heeft geen {{names}}: maak die waarde leeg voordat je het label wijzigt',
    relabelValues_other:
      '{{label}} heeft geen {{names}}: maak die {{count}} waarden leeg voordat je het label wijzigt',
    relabelRelations_one:
      '{{label}} past niet bij 1 relatie van deze annotatie ({{roles}}): verwijder die voordat je het label wijzigt',
    relabelRelations_other:
      '{{label}} past niet bij {{count}} relaties van deze annotatie ({{roles}}): verwijder ze voordat je het label wijzigt',
    oneFragment:
      'een onderbroken annotatie heeft minstens twee fragmenten; laat fragmenten weg voor één stuk tekst',
    noMentions:
      'een onderbroken annotatie heeft niet één tekst om naar te zoeken; kies een aaneengesloten annotatie',
    described: '{{label}} "{{excerpt}}" ({{id}})',
  },
  relation: {
    self: 'een annotatie kan niet met zichzelf worden verbonden',
    selfStored: 'een relatie kan een annotatie niet met zichzelf verbinden',
    otherDocument:
      'annotaties {{head}} en {{child}} staan in verschillende documenten; een relatie verbindt twee annotaties van één document',
    noLabel: 'geen label',
    orList: '{{first}} of {{rest}}',
    notChild: '{{role}} verbindt {{from}} met {{to}}, niet met {{child}}',
    notHeadChild: '{{role}} verbindt {{from}} met {{to}}, niet {{head}} met {{child}}',
    already: '{{head}} heeft {{child}} al als {{role}}',
    onlyOne:
      '{{head}} heeft {{child}} al als {{role}}, en {{role}} komt één keer per gebeurtenis voor: verwijder die eerst',
    exists: 'deze relatie bestaat al',
    roleGone: 'de relatie kan niet terugkomen: haar rol ({{role}}) is uit het schema verwijderd',
    endGone: 'de relatie kan niet terugkomen: annotatie {{id}} is weg',
  },
  label: {
    name: 'labelnaam "{{name}}": gebruik {{rule}}',
    nameTaken: 'een ander label gebruikt de naam "{{value}}" al',
    hotkeyTaken: 'een ander label gebruikt de sneltoets "{{value}}" al',
  },
  curation: {
    gone: 'dat item staat niet meer in dit document; de lijst is opnieuw gelezen',
    noSuchSpan: '{{annotator}} heeft zo’n span niet om te accepteren',
    noSuchSpanNoAnnotator: 'geen enkele annotator heeft zo’n span om te accepteren',
    inGold: 'dit item staat al in de goudstandaard',
    deleteFromGold: 'dit item staat in de goudstandaard: verwijder het daaruit om het weg te halen',
  },
  suggestion: {
    rejected: 'suggestie {{id}} is afgewezen; ze kan niet worden geaccepteerd',
    noRule: 'geen regels stellen {{name}} voor; regels stellen {{labels}} voor',
    noLabel:
      'het schema heeft geen label {{name}}; importeer resources/schemes/news-events.json of voeg het toe',
  },
  history: {
    annotationGone: 'annotatie {{id}} is al weg',
    relationGone: 'relatie {{id}} is al weg',
    nothingToUndo: 'niets om ongedaan te maken in dit document',
    nothingToRedo: 'niets om opnieuw te doen in dit document',
  },
  formatUnavailable: '{{format}} is niet beschikbaar in deze versie',
  attributeValue: {
    choice: '{{value}} is geen geldige {{name}}: verwacht een van {{values}}',
    boolean: '{{value}} is geen geldige {{name}}: verwacht true of false',
    number: '{{value}} is geen geldige {{name}}: verwacht een getal',
    text: '{{value}} is geen geldige {{name}}: verwacht een tekenreeks',
    date: '{{value}} is geen geldige {{name}}: verwacht een datum (JJJJ, JJJJ-MM of JJJJ-MM-DD)',
  },
  team: {
    noHost: '"{{server}}" noemt geen host (postgres://host:poort/database)',
    noUser: 'de gebruikersnaam ontbreekt (de login die de eigenaar van het team voor je maakte)',
  },
  annotatorName: {
    empty: 'een annotatornaam mag niet leeg zijn',
    whiteSpace: 'een annotatornaam mag niet met witruimte beginnen of eindigen',
    tooLong: 'een annotatornaam heeft hoogstens {{max}} tekens',
    control: 'een annotatornaam mag geen stuurtekens bevatten',
    reserved:
      '"{{name}}" is gereserveerd ("{{gold}}" en "{{all}}" zijn namen van lagen, niet van annotatoren)',
  },
  write: {
    failed: 'kan {{path}} niet schrijven: {{detail}}',
    notAFolder: 'kan {{path}} niet schrijven: het is geen map; er is niets geschreven',
    folderNotEmpty: 'kan {{path}} niet schrijven: de map is niet leeg; er is niets geschreven',
  },
};
