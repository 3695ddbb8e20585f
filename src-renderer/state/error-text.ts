import { i18n } from '../i18n/i18n.ts';

/**
 * A refusal from the main process in the interface's language, where its code
 * says all there is to say; otherwise main's own (English) message, which
 * names what went wrong in terms a code cannot carry.
 */
export function errorText(code: string, message: string): string {
  switch (code) {
    case 'NOTHING_TO_UNDO':
      return i18n.t('state:errors.nothingToUndo');
    case 'NOTHING_TO_REDO':
      return i18n.t('state:errors.nothingToRedo');
    case 'BUSY':
      return i18n.t('state:errors.busy');
    case 'FORBIDDEN_SENDER':
      return i18n.t('state:errors.forbidden');
    default:
      return message;
  }
}
