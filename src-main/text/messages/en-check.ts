/**
 * What is wrong with a scheme (scheme/check.ts): a scheme file's problems
 * and the scheme editor's refusals, in English. Names, values, hotkeys and
 * paths are the scheme's own: never translated.
 */
export const check = {
  /** The rules, as they are read after "use". */
  rule: {
    name: '1-64 letters, digits, _ or -',
    color: 'a color as #rrggbb',
    hotkey: 'a single letter or digit',
  },
  /** The scheme editor's names of a scheme's parts, as paths in its problems. */
  path: { label: 'label {{name}}', attribute: 'attribute {{name}}', role: 'role {{name}}' },
  cannotRead: 'cannot read {{path}}: {{reason}}',
  notUtf8: 'it is not UTF-8 text',
  use: '"{{value}}": use {{rule}}',
  also: {
    name: '"{{value}}" is also the name of {{earlier}}',
    value: '"{{value}}" is also the value of {{earlier}}',
    hotkey: '"{{value}}" is also the hotkey of {{earlier}}',
    label: '"{{value}}" is also the label of {{earlier}}',
  },
  choiceNeedsValue: 'a choice needs at least one value',
  tooManyValues: 'at most {{max}} values',
  onlyChoice: 'only a choice has values, not a {{type}}',
  descriptionTooLong: 'longer than {{max}} characters',
  typeClash:
    '"{{name}}" is a {{type}} here and a {{other}} at {{path}}; one attribute name has one type across the scheme',
  reservedKey: '"{{key}}" is the editor\'s own key ({{keys}} move between annotations)',
  noSide: 'name at least one label',
  noLabel: 'no label "{{name}}" in this scheme',
  valueLength: 'must be 1-{{max}} characters',
  valueSpace: 'must not start or end with white space',
} as const;
