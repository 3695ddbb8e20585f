import type { ReplyError } from '../../src-main/ipc/contract.ts';
import { i18n } from '../i18n/i18n.ts';
import { mainText } from '../i18n/main-text.ts';

/**
 * A refusal from the main process in the interface's language: where its code
 * says all there is to say, by code; otherwise main's sentence from the
 * catalogue (`text`), or main's own English message when it sent none.
 */
export function errorText(error: ReplyError): string {
  switch (error.code) {
    case 'NOTHING_TO_UNDO':
      return i18n.t('state:errors.nothingToUndo');
    case 'NOTHING_TO_REDO':
      return i18n.t('state:errors.nothingToRedo');
    case 'BUSY':
      return i18n.t('state:errors.busy');
    case 'FORBIDDEN_SENDER':
      return i18n.t('state:errors.forbidden');
    default:
      return mainText(error.text, error.message);
  }
}
