import { useTranslation } from 'react-i18next';
import { KEY_GROUPS, KEY_ROWS, keysText, type KeyId, type KeyRow } from '../../src-main/ipc/keys.ts';
import { i18n } from '../i18n/i18n.ts';
import type { RowText } from '../i18n/en/keys.ts';
import { MAC } from './key-text.ts';
import { useDialogFocus } from './useDialogFocus.ts';

/** A row's words in the interface's language (the `keys` namespace, by row id). */
export function rowText(id: KeyId): RowText {
  return i18n.t(`keys:rows.${id}`, { returnObjects: true });
}

/** The keys column of a row as the overview shows it, its "when" in the interface's language. */
export function rowKeysIn(row: KeyRow, text: RowText, mac = MAC): string {
  const keys = text.shown ?? keysText(row.keys, mac);
  return text.when ? `${keys} (${text.when})` : keys;
}

/** The keyboard overview (`?`): every row of the key table, by group, translated. */
export function ShortcutOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('keys');
  const close = useDialogFocus<HTMLButtonElement>();
  const title = i18n.t('panels:shortcuts.title');
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={title} onClick={onClose}>
      <div className="dialog" onClick={(e) => e.stopPropagation()}>
        <h2>{title}</h2>
        {/* Every row of the key table (src-main/ipc/keys.ts), by group. */}
        <table>
          {KEY_GROUPS.map((group) => (
            <tbody key={group}>
              <tr>
                <th colSpan={2} scope="rowgroup" className="key-group">
                  {t(`groups.${group}`)}
                </th>
              </tr>
              {KEY_ROWS.filter(([, row]) => row.group === group).map(([id, row]) => {
                const text = rowText(id);
                return (
                  <tr key={id}>
                    <th scope="row">
                      <kbd>{rowKeysIn(row, text)}</kbd>
                    </th>
                    <td>{text.description}</td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
        <button ref={close} type="button" onClick={onClose}>
          {i18n.t('common:close')}
        </button>
      </div>
    </div>
  );
}
