/**
 * Scheme changes refused because they would orphan data (scheme/orphans.ts,
 * the scheme editor's writes), in English. Label, role and attribute names
 * are the user's own. A refusal's hint after "; " is for callers of the API:
 * the scheme editor shows the part before it.
 */
export const scheme = {
  typeChange_one:
    '{{what}} cannot change from {{from}} to {{to}}: {{count, number}} annotation holds a value (delete the attribute with its values first, or keep the type)',
  typeChange_other:
    '{{what}} cannot change from {{from}} to {{to}}: {{count, number}} annotations hold a value (delete the attribute with its values first, or keep the type)',
  noLongerAllows_one: '{{what}} would no longer allow {{values}}, which {{count, number}} annotation uses',
  noLongerAllows_other: '{{what}} would no longer allow {{values}}, which {{count, number}} annotations use',
  labelUsed_one: '{{label}} is used by {{count, number}} annotation',
  labelUsed_other: '{{label}} is used by {{count, number}} annotations',
  roleUsed_one: '{{role}} is used by {{count, number}} relation',
  roleUsed_other: '{{role}} is used by {{count, number}} relations',
  roleOutside_one: '{{count, number}} relation of {{role}} link labels it would no longer link',
  roleOutside_other: '{{count, number}} relations of {{role}} link labels it would no longer link',
  roleSeveral_one: '{{count, number}} event has more than one {{role}}, so it cannot become one per event',
  roleSeveral_other:
    '{{count, number}} events have more than one {{role}}, so it cannot become one per event',
  joined: '{{first}}; {{rest}}',
  labelDelete: '{{refusal}}; delete or relabel those first',
  roleDelete: '{{refusal}}; delete those relations first',
  onlyLabelFrom: '{{label}} is the only label role {{role}} links from; change or delete the role first',
  onlyLabelTo: '{{label}} is the only label role {{role}} links to; change or delete the role first',
  undo: '{{name}} can still come back by undo: {{steps}} in {{documents}} hold it; delete it with forgetUndo to drop those steps too',
  undoSteps_one: '{{count, number}} undo or redo step',
  undoSteps_other: '{{count, number}} undo or redo steps',
  documents_one: '{{count, number}} document',
  documents_other: '{{count, number}} documents',
  valuesNamed_one: '{{count, number}} annotation of {{label}} already holds a value named {{name}}',
  valuesNamed_other: '{{count, number}} annotations of {{label}} already hold a value named {{name}}',
  hasValues_one:
    '{{label}}.{{name}} has a value on {{count, number}} annotation; delete it with clearValues to remove those values too',
  hasValues_other:
    '{{label}}.{{name}} has a value on {{count, number}} annotations; delete it with clearValues to remove those values too',
} as const;
