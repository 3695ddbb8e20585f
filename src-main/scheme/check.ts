/**
 * What makes a whole scheme sound, checked the same for a file, a merge of a
 * file into a database and an edit in the scheme editor: names by their rule
 * and not twice, hotkeys not twice (labels and roles share the keyboard),
 * one type per attribute name across the scheme, values and defaults that
 * fit their type, roles between labels that exist. Pure; every problem is
 * reported, not only the first.
 */
import { attributeValueRefusal } from '../db/scheme-read.ts';
import type { AttributeDef } from '../db/model.ts';
import {
  CHOICES_MAX,
  choiceValueRefusal,
  COLOR,
  COLOR_RULE_TEXT,
  DESCRIPTION_MAX,
  HOTKEY,
  HOTKEY_RULE_TEXT,
  hotkeyKey,
  isName,
  NAME_RULE_TEXT,
  RESERVED_ROLE_KEYS,
} from './rules.ts';
import {
  pathText,
  problemOf,
  type Problem,
  type Scheme,
  type SchemeAttribute,
  type SchemePaths,
} from './scheme.ts';
import { type MessageId, type MainText, say } from '../text/messages/say.ts';

/**
 * Notes the part (`owner`) each key was first seen in; a later one is a
 * duplicate, reported at `path` with the part that has it too.
 */
function firstSeen(problems: Problem[], what: AlsoId) {
  const seen = new Map<string, string>();
  return (key: string, shown: string, owner: string, path: string): void => {
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, owner);
    else problems.push(problemOf(path, say(what, { value: shown, earlier: pathText(earlier) }), true));
  };
}

/** A taken name, value, hotkey or label: one sentence each, since languages decline the words differently. */
type AlsoId = Extract<MessageId, `check.also.${string}`>;

const use = (value: string, rule: MainText): MainText => say('check.use', { value, rule });

function checkAttribute(a: SchemeAttribute, path: string, problems: Problem[]): void {
  if (!isName(a.name)) problems.push(problemOf(`${path}.name`, use(a.name, NAME_RULE_TEXT)));
  if (a.type === 'choice') {
    if (a.values.length === 0) problems.push(problemOf(`${path}.values`, say('check.choiceNeedsValue')));
    if (a.values.length > CHOICES_MAX)
      problems.push(problemOf(`${path}.values`, say('check.tooManyValues', { max: CHOICES_MAX })));
    const value = firstSeen(problems, 'check.also.value');
    a.values.forEach((v, i) => {
      const problem = choiceValueRefusal(v);
      if (problem) problems.push(problemOf(`${path}.values[${i}]`, problem));
      else value(v, v, `${path}.values[${i}]`, `${path}.values[${i}]`);
    });
  } else if (a.values.length > 0) {
    problems.push(problemOf(`${path}.values`, say('check.onlyChoice', { type: a.type })));
  }
  if (a.default !== null) {
    const def: AttributeDef = { ...a, id: 0, labelId: 0, position: 0 };
    const problem = attributeValueRefusal(def, a.default);
    if (problem) problems.push(problemOf(`${path}.default`, problem));
  }
}

function checkHotkey(hotkey: string | null, path: string, problems: Problem[]): boolean {
  if (hotkey === null) return false;
  if (HOTKEY.test(hotkey)) return true;
  problems.push(problemOf(`${path}.hotkey`, use(hotkey, HOTKEY_RULE_TEXT)));
  return false;
}

function checkDescription(description: string, path: string, problems: Problem[]): void {
  if (description.length > DESCRIPTION_MAX)
    problems.push(
      problemOf(`${path}.description`, say('check.descriptionTooLong', { max: DESCRIPTION_MAX })),
    );
}

export function schemeProblems(scheme: Scheme, paths: SchemePaths): Problem[] {
  const problems: Problem[] = [];
  const labelName = firstSeen(problems, 'check.also.name');
  const hotkey = firstSeen(problems, 'check.also.hotkey');
  /** Each attribute name's type, and where it was first given. */
  const types = new Map<string, { type: string; path: string }>();

  scheme.labels.forEach((label, i) => {
    const path = paths.labels[i] ?? `labels[${i}]`;
    if (!isName(label.name)) problems.push(problemOf(`${path}.name`, use(label.name, NAME_RULE_TEXT)));
    else labelName(label.name, label.name, path, `${path}.name`);
    if (!COLOR.test(label.color))
      problems.push(problemOf(`${path}.color`, use(label.color, COLOR_RULE_TEXT)));
    if (checkHotkey(label.hotkey, path, problems) && label.hotkey !== null)
      hotkey(hotkeyKey(label.hotkey), label.hotkey, path, `${path}.hotkey`);
    checkDescription(label.description, path, problems);
    const attributeName = firstSeen(problems, 'check.also.name');
    label.attributes.forEach((a, j) => {
      const at = paths.attributes[i]?.[j] ?? `${path}.attributes[${j}]`;
      checkAttribute(a, at, problems);
      attributeName(a.name, a.name, at, `${at}.name`);
      const typed = types.get(a.name);
      if (!typed) types.set(a.name, { type: a.type, path: at });
      else if (typed.type !== a.type)
        problems.push(
          problemOf(
            `${at}.type`,
            say('check.typeClash', {
              name: a.name,
              type: a.type,
              other: typed.type,
              path: pathText(typed.path),
            }),
          ),
        );
    });
  });

  const labels = new Set(scheme.labels.map((l) => l.name));
  const roleName = firstSeen(problems, 'check.also.name');
  scheme.roles.forEach((role, i) => {
    const path = paths.roles[i] ?? `roles[${i}]`;
    if (!isName(role.name)) problems.push(problemOf(`${path}.name`, use(role.name, NAME_RULE_TEXT)));
    else roleName(role.name, role.name, path, `${path}.name`);
    if (checkHotkey(role.hotkey, path, problems) && role.hotkey !== null) {
      const key = hotkeyKey(role.hotkey);
      if (RESERVED_ROLE_KEYS.includes(key))
        problems.push(
          problemOf(
            `${path}.hotkey`,
            say('check.reservedKey', { key: role.hotkey, keys: RESERVED_ROLE_KEYS.join(', ') }),
          ),
        );
      else hotkey(key, role.hotkey, path, `${path}.hotkey`);
    }
    checkDescription(role.description, path, problems);
    for (const side of ['from', 'to'] as const) {
      if (role[side].length === 0) problems.push(problemOf(`${path}.${side}`, say('check.noSide')));
      const named = firstSeen(problems, 'check.also.label');
      role[side].forEach((name, j) => {
        const at = `${path}.${side}[${j}]`;
        if (!labels.has(name)) problems.push(problemOf(at, say('check.noLabel', { name })));
        else named(name, name, at, at);
      });
    }
  });
  return problems;
}
