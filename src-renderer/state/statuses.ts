import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
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

/** How a status reads in the interface's language: the status buttons, the list, the filters. */
export const statusText = (status: DocumentStatus): string =>
  ({
    todo: i18n.t('common:status.todo'),
    in_progress: i18n.t('common:status.in_progress'),
    done: i18n.t('common:status.done'),
  })[status];

/** `statusText` for a component: it draws again when the language changes. */
export function useStatusText(): (status: DocumentStatus) => string {
  useTranslation();
  return statusText;
}
