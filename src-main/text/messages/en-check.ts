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
  path: {
    label: 'label {{name}}',
    attribute: 'attribute {{name}}',
    role: 'role {{name}}',
    /** The path of a problem with the whole file. */
    file: '(file)',
  },
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
  /** A scheme file's shape (scheme/parse.ts): which keys, of which JSON types. */
  shape: {
    unknownKey: 'unknown key',
    missing: 'missing',
    mustBe: 'must be {{expected}}, not {{actual}}',
    oneOf: 'must be one of {{types}}',
    notScheme: 'must be an object with "labels" and "roles", not {{actual}}',
    newAttributeType: 'missing (a new attribute needs a type)',
    newRoleLabels: 'missing (a new role needs its labels)',
    /** What a key must be. */
    expected: {
      string: 'a string',
      stringOrNull: 'a string or null',
      boolean: 'true or false',
      strings: 'an array of strings',
      scalar: 'a string, number, true, false or null',
      array: 'an array',
      object: 'an object',
    },
    /** What a JSON value is. */
    json: {
      null: 'null',
      array: 'an array',
      object: 'an object',
      string: 'a string',
      number: 'a number',
      boolean: 'a boolean',
    },
  },
} as const;
