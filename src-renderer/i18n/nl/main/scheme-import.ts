import type { schemeImport as en } from '../../../../src-main/text/messages/en-scheme-import.ts';
import type { Messages } from '../../messages.ts';

/** Wat een schema-import deed, op één regel. Namen van labels, kenmerken en rollen blijven zoals ze zijn. */
export const schemeImport: Messages<typeof en> = {
  summary: 'schema geïmporteerd: {{labels}}; {{attributes}}; {{roles}}; {{kept}}',
  part: '{{added}}, {{updated}} bijgewerkt{{updatedNames}}, {{unchanged}} ongewijzigd',
  added: {
    label_one: '{{count}} label toegevoegd{{names}}',
    label_other: '{{count}} labels toegevoegd{{names}}',
    attribute_one: '{{count}} kenmerk toegevoegd{{names}}',
    attribute_other: '{{count}} kenmerken toegevoegd{{names}}',
    role_one: '{{count}} rol toegevoegd{{names}}',
    role_other: '{{count}} rollen toegevoegd{{names}}',
  },
  names: ' ({{names}})',
  kept: 'behouden, niet in het bestand: {{list}}',
  keptPart: {
    label_one: '{{count}} label{{names}}',
    label_other: '{{count}} labels{{names}}',
    attribute_one: '{{count}} kenmerk{{names}}',
    attribute_other: '{{count}} kenmerken{{names}}',
    role_one: '{{count}} rol{{names}}',
    role_other: '{{count}} rollen{{names}}',
  },
  list: '{{first}}, {{rest}}',
  nothingKept: 'niets uit de database ontbrak in het bestand',
};
