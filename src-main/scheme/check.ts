/**
 * What makes a whole scheme sound, checked the same for a file, a merge of a
 * file into a database and an edit in the scheme editor: names by their rule
 * and not twice, hotkeys not twice (labels and roles share the keyboard),
 * one type per attribute name across the scheme, values and defaults that
 * fit their type, roles between labels that exist. Pure; every problem is
 * reported, not only the first.
 */
import { attributeValueProblem } from '../db/scheme-read.ts';
import type { AttributeDef } from '../db/model.ts';
import {
  CHOICES_MAX,
  choiceValueProblem,
  COLOR,
  COLOR_RULE,
  DESCRIPTION_MAX,
  HOTKEY,
  HOTKEY_RULE,
  hotkeyKey,
  isName,
  NAME_RULE,
  RESERVED_ROLE_KEYS,
} from './rules.ts';
import type { Problem, Scheme, SchemeAttribute, SchemePaths } from './scheme.ts';

/**
 * Notes the part (`owner`) each key was first seen in; a later one is a
 * duplicate, reported at `path` with the part that has it too.
 */
function firstSeen(problems: Problem[], what: string) {
  const seen = new Map<string, string>();
  return (key: string, shown: string, owner: string, path: string): void => {
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, owner);
    else problems.push({ path, reason: `"${shown}" is also the ${what} of ${earlier}`, clash: true });
  };
}

function checkAttribute(a: SchemeAttribute, path: string, problems: Problem[]): void {
  if (!isName(a.name)) problems.push({ path: `${path}.name`, reason: `"${a.name}": use ${NAME_RULE}` });
  if (a.type === 'choice') {
    if (a.values.length === 0)
      problems.push({ path: `${path}.values`, reason: 'a choice needs at least one value' });
    if (a.values.length > CHOICES_MAX)
      problems.push({ path: `${path}.values`, reason: `at most ${CHOICES_MAX} values` });
    const value = firstSeen(problems, 'value');
    a.values.forEach((v, i) => {
      const problem = choiceValueProblem(v);
      if (problem) problems.push({ path: `${path}.values[${i}]`, reason: problem });
      else value(v, v, `${path}.values[${i}]`, `${path}.values[${i}]`);
    });
  } else if (a.values.length > 0) {
    problems.push({ path: `${path}.values`, reason: `only a choice has values, not a ${a.type}` });
  }
  if (a.default !== null) {
    const def: AttributeDef = { ...a, id: 0, labelId: 0, position: 0 };
    const problem = attributeValueProblem(def, a.default);
    if (problem) problems.push({ path: `${path}.default`, reason: problem });
  }
}

function checkHotkey(hotkey: string | null, path: string, problems: Problem[]): boolean {
  if (hotkey === null) return false;
  if (HOTKEY.test(hotkey)) return true;
  problems.push({ path: `${path}.hotkey`, reason: `"${hotkey}": use ${HOTKEY_RULE}` });
  return false;
}

function checkDescription(description: string, path: string, problems: Problem[]): void {
  if (description.length > DESCRIPTION_MAX)
    problems.push({ path: `${path}.description`, reason: `longer than ${DESCRIPTION_MAX} characters` });
}

export function schemeProblems(scheme: Scheme, paths: SchemePaths): Problem[] {
  const problems: Problem[] = [];
  const labelName = firstSeen(problems, 'name');
  const hotkey = firstSeen(problems, 'hotkey');
  /** Each attribute name's type, and where it was first given. */
  const types = new Map<string, { type: string; path: string }>();

  scheme.labels.forEach((label, i) => {
    const path = paths.labels[i] ?? `labels[${i}]`;
    if (!isName(label.name))
      problems.push({ path: `${path}.name`, reason: `"${label.name}": use ${NAME_RULE}` });
    else labelName(label.name, label.name, path, `${path}.name`);
    if (!COLOR.test(label.color))
      problems.push({ path: `${path}.color`, reason: `"${label.color}": use ${COLOR_RULE}` });
    if (checkHotkey(label.hotkey, path, problems) && label.hotkey !== null)
      hotkey(hotkeyKey(label.hotkey), label.hotkey, path, `${path}.hotkey`);
    checkDescription(label.description, path, problems);
    const attributeName = firstSeen(problems, 'name');
    label.attributes.forEach((a, j) => {
      const at = paths.attributes[i]?.[j] ?? `${path}.attributes[${j}]`;
      checkAttribute(a, at, problems);
      attributeName(a.name, a.name, at, `${at}.name`);
      const typed = types.get(a.name);
      if (!typed) types.set(a.name, { type: a.type, path: at });
      else if (typed.type !== a.type)
        problems.push({
          path: `${at}.type`,
          reason: `"${a.name}" is a ${a.type} here and a ${typed.type} at ${typed.path}; one attribute name has one type across the scheme`,
        });
    });
  });

  const labels = new Set(scheme.labels.map((l) => l.name));
  const roleName = firstSeen(problems, 'name');
  scheme.roles.forEach((role, i) => {
    const path = paths.roles[i] ?? `roles[${i}]`;
    if (!isName(role.name))
      problems.push({ path: `${path}.name`, reason: `"${role.name}": use ${NAME_RULE}` });
    else roleName(role.name, role.name, path, `${path}.name`);
    if (checkHotkey(role.hotkey, path, problems) && role.hotkey !== null) {
      const key = hotkeyKey(role.hotkey);
      if (RESERVED_ROLE_KEYS.includes(key))
        problems.push({
          path: `${path}.hotkey`,
          reason: `"${role.hotkey}" is the editor's own key (${RESERVED_ROLE_KEYS.join(', ')} move between annotations)`,
        });
      else hotkey(key, role.hotkey, path, `${path}.hotkey`);
    }
    checkDescription(role.description, path, problems);
    for (const side of ['from', 'to'] as const) {
      if (role[side].length === 0)
        problems.push({ path: `${path}.${side}`, reason: 'name at least one label' });
      const named = firstSeen(problems, 'label');
      role[side].forEach((name, j) => {
        const at = `${path}.${side}[${j}]`;
        if (!labels.has(name)) problems.push({ path: at, reason: `no label "${name}" in this scheme` });
        else named(name, name, at, at);
      });
    }
  });
  return problems;
}
