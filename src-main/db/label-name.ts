/**
 * The one rule for a label's name, used by the IPC contract, by import when
 * it creates labels, and by createLabel/updateLabel themselves. Length counts
 * characters (code points), as the labels table's CHECK does. The migrations
 * keep their own CHECK: they are history and must not change with this file.
 */
import { english, say } from '../text/messages/say.ts';

export const LABEL_NAME = /^[\p{L}\p{N}_-]{1,64}$/u;

/** The rule as the user reads it, after "use". */
export const LABEL_NAME_RULE_TEXT = say('check.rule.name');
export const LABEL_NAME_RULE = english(LABEL_NAME_RULE_TEXT);

export const isLabelName = (name: string): boolean => LABEL_NAME.test(name);
