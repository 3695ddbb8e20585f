/**
 * The rules a scheme's parts follow, wherever they come from: the scheme
 * file, the scheme editor's calls, or a label made by a corpus import. Pure,
 * so the CLI, the IPC contract and the database writers share them.
 */
import { isLabelName, LABEL_NAME, LABEL_NAME_RULE, LABEL_NAME_RULE_TEXT } from '../db/label-name.ts';
import { english, type MainText, say } from '../text/messages/say.ts';

/** Labels, attributes and roles are named by the one rule of label names (they become JSON keys and values). */
export const NAME = LABEL_NAME;
export const NAME_RULE = LABEL_NAME_RULE;
export const NAME_RULE_TEXT = LABEL_NAME_RULE_TEXT;
export const isName = isLabelName;

export const COLOR = /^#[0-9a-fA-F]{6}$/;
export const COLOR_RULE_TEXT = say('check.rule.color');
export const COLOR_RULE = english(COLOR_RULE_TEXT);

/** A hotkey is one letter or digit; the window matches it without regard to case. */
export const HOTKEY = /^[\p{L}\p{N}]$/u;
export const HOTKEY_RULE_TEXT = say('check.rule.hotkey');
export const HOTKEY_RULE = english(HOTKEY_RULE_TEXT);
/** The form two hotkeys are compared in: `A` and `a` are the same key. */
export const hotkeyKey = (hotkey: string): string => hotkey.toLowerCase();

/**
 * Keys the editor binds itself while an annotation is selected, which is when
 * a role's key is pressed: j and k move between annotations. (Tab, the
 * arrows, Delete, Escape and ? are no letter or digit, so no hotkey at all.)
 * A label keeps j or k if it wants: the editor then gives the key to the label.
 */
export const RESERVED_ROLE_KEYS: readonly string[] = ['j', 'k'];

/** Guideline text: long enough for a page of guidelines, short enough for every reply. */
export const DESCRIPTION_MAX = 20_000;

/** A choice attribute's allowed values: non-empty strings without surrounding white space. */
export const CHOICE_VALUE_MAX = 100;
export const CHOICES_MAX = 100;
export function choiceValueRefusal(value: string): MainText | null {
  if (value.length === 0 || value.length > CHOICE_VALUE_MAX)
    return say('check.valueLength', { max: CHOICE_VALUE_MAX });
  if (value.trim() !== value) return say('check.valueSpace');
  return null;
}

/** The same in English. */
export function choiceValueProblem(value: string): string | null {
  const refusal = choiceValueRefusal(value);
  return refusal === null ? null : english(refusal);
}
