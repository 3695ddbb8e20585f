import { KEY_GROUPS, KEY_ROWS, rowKeysText } from '../../src-main/ipc/keys.ts';
import { MAC } from './key-text.ts';
import { useDialogFocus } from './useDialogFocus.ts';

/** The keyboard overview (`?`). */
export function ShortcutOverlay({ onClose }: { onClose: () => void }) {
  const close = useDialogFocus<HTMLButtonElement>();
  return (
    <div
      className="overlay"
      role="dialog"
      aria-modal="true"
      aria-label="Keyboard shortcuts"
      onClick={onClose}
    >
      <div className="dialog" onClick={(e) => e.stopPropagation()}>
        <h2>Keyboard shortcuts</h2>
        {/* Every row of the key table (src-main/ipc/keys.ts), by group. */}
        <table>
          {KEY_GROUPS.map((group) => (
            <tbody key={group}>
              <tr>
                <th colSpan={2} scope="rowgroup" className="key-group">
                  {group}
                </th>
              </tr>
              {KEY_ROWS.filter(([, row]) => row.group === group).map(([id, row]) => (
                <tr key={id}>
                  <th scope="row">
                    <kbd>{rowKeysText(row, MAC)}</kbd>
                  </th>
                  <td>{row.description}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
        <button ref={close} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
