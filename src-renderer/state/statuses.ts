import { useTranslation } from 'react-i18next';
import { statusText } from '../i18n/words.ts';
import { KEYS } from '../../src-main/ipc/keys.ts';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../src-main/db/model.ts';

/**
 * The order statuses take everywhere in the window: the status buttons, the
 * list's filter, the export choice and the Alt + digit keys. It is the model's
 * order, the order work goes in, so a status added there shows up here.
 */
export const STATUS_ORDER: readonly DocumentStatus[] = DOCUMENT_STATUSES;

/** The key that sets `status` (`Alt+1`), from the key table: the status's place in the order. */
export const statusKey = (status: DocumentStatus): string =>
  KEYS.status.keys[STATUS_ORDER.indexOf(status)] ?? '';

/** `statusText` for a component: it draws again when the language changes. */
export function useStatusText(): (status: DocumentStatus) => string {
  useTranslation();
  return statusText;
}
