import { DOCUMENT_STATUSES, type DocumentStatus } from '../../src-main/db/model.ts';
import { STATUS_TEXT } from './wording.ts';

/**
 * The order statuses take everywhere in the window: the status buttons, the
 * list's filter, the export choice and the Alt + digit keys. It is the model's
 * order, the order work goes in, so a status added there shows up here.
 */
export const STATUS_ORDER: readonly DocumentStatus[] = DOCUMENT_STATUSES;

/** The digit that sets `status` with Alt: its place in the order, from 1. */
export const statusDigit = (status: DocumentStatus): string => String(STATUS_ORDER.indexOf(status) + 1);

/** The status that Alt + `digit` sets, if any. */
export function statusOfDigit(digit: string): DocumentStatus | undefined {
  return /^[1-9]$/.test(digit) ? STATUS_ORDER[Number(digit) - 1] : undefined;
}

/** The keyboard overview's row for those keys: "Alt + 1 / 2 / 3", "… to do / in progress / done". */
export const STATUS_KEYS_ROW: [string, string] = [
  `Alt + ${STATUS_ORDER.map(statusDigit).join(' / ')}`,
  `Mark the document ${STATUS_ORDER.map((s) => STATUS_TEXT[s].toLowerCase()).join(' / ')}`,
];
