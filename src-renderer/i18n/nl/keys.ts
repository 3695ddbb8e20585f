import type { keys as en } from '../en/keys.ts';
import type { Messages } from '../messages.ts';

export const keys: Messages<typeof en> = {
  groups: {
    'Caret and selection': 'Caret en selectie',
    Annotations: 'Annotaties',
    Attributes: 'Kenmerken',
    'Event frames': 'Eventframes',
    Suggestions: 'Suggesties',
    Documents: 'Documenten',
    Team: 'Team',
    'Scheme editor': 'Schema-editor',
    Application: 'Programma',
  },
  rows: {
    'caret-character': { description: 'Caret een teken terug / verder' },
    'caret-word': { description: 'Caret een woord terug / verder' },
    'caret-line': { description: 'Caret een regel omhoog / omlaag, zoals de regels op het scherm afbreken' },
    'caret-line-edge': { description: 'Caret naar het begin / einde van de regel' },
    'caret-paragraph': {
      description: 'Caret naar het begin van deze (anders de vorige) / de volgende alinea',
    },
    'caret-sentence': { description: 'Caret naar het begin van deze (anders de vorige) / de volgende zin' },
    'caret-article-edge': { description: 'Caret naar het begin / einde van het artikel' },
    extend: {
      description:
        'De selectie uitbreiden in plaats van de caret te verplaatsen (Shift + ←, Ctrl + Shift + →, Shift + ↓, Shift + ] …)',
      shown: 'Shift + een carettoets',
    },
    'select-sentence': {
      description: 'De zin selecteren waarin de caret staat; een labeltoets labelt hem dan',
    },
    'select-clause': {
      description:
        'Het zinsdeel selecteren waarin de caret staat: het deel van de zin tussen komma’s, puntkomma’s, dubbele punten, losse streepjes of haakjes',
    },
    'label-hotkey': {
      description: 'De selectie labelen; op een geselecteerde annotatie: het label wijzigen',
      shown: '1 / 2 / 3 (labeltoetsen)',
    },
    'label-exact': {
      description: 'Precies deze tekens labelen (niet uitbreiden tot woorden)',
      shown: 'Shift + labeltoets',
    },
    'click-annotation': {
      description: 'Selecteren (een keuzelijst als er meerdere op die plek liggen)',
      shown: 'Klik op een annotatie',
    },
    'annotation-step': { description: 'Volgende / vorige annotatie', when: 'in het artikel' },
    'leave-article': {
      description: 'Het artikel verlaten (Tab na de laatste annotatie doet dat ook)',
      shown: 'Escape, dan Tab / Shift + Tab',
    },
    'move-end': {
      description:
        'Het einde van de geselecteerde annotatie verplaatsen (per woord; per teken in de precieze modus)',
    },
    'move-start': { description: 'Het begin van de geselecteerde annotatie verplaatsen' },
    delete: { description: 'De geselecteerde annotatie verwijderen' },
    'fragment-add': {
      description: 'De geselecteerde tekst als fragment aan de geselecteerde annotatie toevoegen',
      when: 'met tekst geselecteerd',
    },
    'fragment-add-mouse': {
      description: 'Hetzelfde met de muis: de selectie als fragment toevoegen',
      shown: 'Alt + selectie met de muis',
    },
    'fragment-remove': {
      description: 'Dat fragment van de geselecteerde annotatie weghalen',
      when: 'caret op een fragment',
    },
    undo: {
      description:
        'De laatste wijziging ongedaan maken (een annotatie, een geaccepteerde suggestie of een status), ook na een herstart',
    },
    redo: { description: 'Opnieuw' },
    'toggle-exact': { description: 'Precieze tekens aan- of uitzetten' },
    attributes: {
      description: 'De kenmerken, notitie en onzeker-markering van de geselecteerde annotatie bewerken',
    },
    'attribute-step': { description: 'Vorig / volgend kenmerk', when: 'in de kenmerken' },
    'attribute-set': {
      description: 'Instellen: een waarde met de eerste letters, een getal, een datum',
      shown: 'Typen, dan Enter (in een kenmerk)',
    },
    'attribute-toggle': { description: 'Aan- of uitzetten', when: 'op een ja/nee-kenmerk, op onzeker' },
    'attribute-default': {
      description: 'De voorgestelde standaardwaarde accepteren',
      when: 'op een leeg kenmerk',
    },
    'attribute-unset': { description: 'Leegmaken', when: 'op een leeg kenmerk' },
    'attributes-leave': {
      description: 'Terug naar de artikeltekst (wat in het veld getypt was vervalt)',
      when: 'in de kenmerken',
    },
    flag: {
      description:
        'De geselecteerde annotatie als onzeker markeren, of de markering weghalen (geen annotatie geselecteerd: het document)',
    },
    'flag-document': { description: 'Het document als onzeker markeren, of de markering weghalen' },
    note: {
      description: 'De notitie bij de geselecteerde annotatie / het document schrijven (Enter: opslaan)',
    },
    'note-keys': { description: 'De notitie bewaren / het getypte laten vallen', when: 'in de notitie' },
    'role-hotkey': {
      description: 'Die rol vullen: de kandidaten lichten op, de dichtstbijzijnde eerst',
      shown: 'A / P / Q (roltoetsen) op een geselecteerd event',
    },
    'candidate-step': { description: 'Volgende / vorige kandidaat', when: 'bij het vullen van een rol' },
    'candidate-link': { description: 'De kandidaat koppelen / stoppen', when: 'bij het vullen van een rol' },
    frame: {
      description: 'Naar het eventframe van de geselecteerde annotatie (Escape: terug naar de tekst)',
    },
    unlink: { description: 'Ontkoppelen', when: 'op een vulling in het eventframe' },
    'link-drag': {
      description: 'Ze koppelen (een keuzelijst als meerdere rollen passen)',
      shown: 'Ctrl + slepen van een event naar een span',
    },
    'suggestion-step': { description: 'Volgende / vorige suggestie (gestippelde rand)' },
    'suggestion-click': {
      description: 'Selecteren (de regel en waarden staan in het zijpaneel)',
      shown: 'Klik op een suggestie',
    },
    'suggestion-accept': {
      description: 'Accepteren: een annotatie met de waarden al ingevuld',
      when: 'op een geselecteerde suggestie',
    },
    'suggestion-reject': {
      description: 'Afwijzen: hij wordt niet meer voorgesteld',
      when: 'op een geselecteerde suggestie',
    },
    'suggestions-accept-all': {
      description: 'Alle suggesties van een label in dit document accepteren (vraagt welk label)',
    },
    mentions: {
      description: 'De andere exacte vermeldingen in dit document voorstellen; nog eens: in het hele corpus',
      when: 'op een geselecteerde annotatie',
    },
    'accept-all-step': {
      description: 'Vorig / volgend label; Enter of de labeltoets kiest het',
      when: 'bij het kiezen van het label om alles van te accepteren',
    },
    status: { description: 'Het document markeren als te doen / bezig / klaar' },
    'document-step': { description: 'Volgend / vorig document' },
    'list-move': { description: 'Door de lijst bewegen, een document openen', when: 'in de documentenlijst' },
    'done-answer': {
      description: 'Toch als klaar markeren / annuleren',
      when: 'gevraagd vóór Klaar, met openstaande waarschuwingen',
    },
    find: { description: 'Zoeken in het document: de treffers lichten op hun plek op, met hun aantal' },
    'find-step': {
      description:
        'Volgende / vorige treffer; sluiten (de treffer blijft geselecteerd, focus terug in de tekst)',
      when: 'in de zoekbalk',
    },
    'find-corpus': {
      description: 'Het corpus doorzoeken: treffers in hun context met hun labels; alle treffers annoteren',
    },
    'filter-documents': {
      description: 'De documentenlijst filteren (id, titel, en tekst vanaf drie tekens)',
    },
    'toggle-layers': { description: 'De lagen van de andere annotatoren tonen of verbergen (alleen-lezen)' },
    curate: { description: 'De curatieweergave openen of sluiten (het artikel toont de goudstandaard)' },
    'curation-step': { description: 'Volgend / vorig item', when: 'curatielijst' },
    'curation-accept': {
      description: 'Het item in de goudstandaard opnemen (een relatie met haar uiteinden)',
      when: 'curatielijst',
    },
    'curation-reject': {
      description: 'Het item afwijzen (verdwijnt uit de lijst, blijft bewaard als afgewezen)',
      when: 'curatielijst',
    },
    'curation-accept-agreed': {
      description: 'Alles accepteren waarover alle annotatoren het eens zijn',
      when: 'curatielijst',
    },
    'curation-status': { description: 'Curatiestatus te doen / bezig / klaar', when: 'curatieweergave' },
    agreement: { description: 'Overeenstemming tussen annotatoren (het scherm Overeenstemming)' },
    'agreement-step': { description: 'Vorige / volgende rij', when: 'scherm Overeenstemming' },
    'agreement-open': {
      description: 'Inzoomen: een paar, een label, een meningsverschil naar zijn document',
      when: 'scherm Overeenstemming',
    },
    'agreement-back': { description: 'Een niveau terug', when: 'scherm Overeenstemming' },
    'annotator-name': { description: 'Je annotatornaam wijzigen' },
    'sync-now': { description: 'Nu synchroniseren met de teamserver' },
    'scheme-save': {
      description: 'Het formulier opslaan (Enter alleen begint een nieuwe regel)',
      when: 'in een beschrijving',
    },
    'scheme-add-value': {
      description: 'De waarde aan de lijst toevoegen (het kenmerk niet opslaan)',
      when: 'in Nieuwe waarde',
    },
    'import-files': { description: 'Bestanden importeren' },
    'import-folder': { description: 'Een map importeren' },
    export: { description: 'Het corpus exporteren' },
    'fold-panels': { description: 'De documentenlijst / het annotatiepaneel in- of uitklappen' },
    'panel-edge': {
      description: 'De rand naar links / rechts; smalst / breedst; de kolom inklappen',
      when: 'op een paneelrand',
    },
    'toggle-theme': { description: 'Licht of donker thema' },
    scheme: { description: 'Het annotatieschema bewerken (labels, kenmerken, rollen)' },
    escape: {
      description:
        'De selectie opheffen, een dialoogvenster sluiten (de vraag bij Klaar: annuleren; de schema-editor vraagt eerst als er niet-opgeslagen wijzigingen zijn)',
    },
    shortcuts: { description: 'Dit overzicht' },
  },
  menu: {
    file: 'Bestand',
    edit: 'Bewerken',
    suggestions: 'Suggesties',
    view: 'Beeld',
    help: 'Help',
    about: 'Over {{name}}',
    importFiles: 'Bestanden importeren…',
    importFolder: 'Map importeren…',
    export: 'Corpus exporteren…',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    find: 'Zoeken in document',
    findCorpus: 'Het corpus doorzoeken…',
    filterDocuments: 'Documentenlijst filteren',
    scheme: 'Annotatieschema…',
    agreement: 'Overeenstemming…',
    annotatorName: 'Annotatornaam…',
    teamSettings: 'Teamserver…',
    syncNow: 'Nu synchroniseren',
    suggestionNext: 'Volgende suggestie',
    suggestionPrevious: 'Vorige suggestie',
    suggestionAccept: 'Suggestie accepteren',
    suggestionReject: 'Suggestie afwijzen',
    acceptAll: 'Alles van een label accepteren…',
    mentions: 'Alle vermeldingen annoteren',
    toggleTheme: 'Donker thema aan/uit',
    toggleLayers: 'Andere lagen tonen of verbergen (O)',
    curate: 'Dit document cureren (G)',
    shortcuts: 'Sneltoetsen',
  },
};
