/**
 * What a scheme import did (scheme/summary.ts), in one line, in English:
 * what the CLI prints and the scheme editor shows. Label, attribute and role
 * names are the scheme's own: never translated.
 */
export const schemeImport = {
  summary: 'scheme imported: {{labels}}; {{attributes}}; {{roles}}; {{kept}}',
  /** One kind of part: how many were added, updated and unchanged. */
  part: '{{added}}, {{updated}} updated{{updatedNames}}, {{unchanged}} unchanged',
  added: {
    label_one: '{{count}} label added{{names}}',
    label_other: '{{count}} labels added{{names}}',
    attribute_one: '{{count}} attribute added{{names}}',
    attribute_other: '{{count}} attributes added{{names}}',
    role_one: '{{count}} role added{{names}}',
    role_other: '{{count}} roles added{{names}}',
  },
  /** The names after a count, when there are any. */
  names: ' ({{names}})',
  kept: 'kept, not in the file: {{list}}',
  keptPart: {
    label_one: '{{count}} label{{names}}',
    label_other: '{{count}} labels{{names}}',
    attribute_one: '{{count}} attribute{{names}}',
    attribute_other: '{{count}} attributes{{names}}',
    role_one: '{{count}} role{{names}}',
    role_other: '{{count}} roles{{names}}',
  },
  list: '{{first}}, {{rest}}',
  nothingKept: 'nothing in the database was left out of the file',
} as const;
