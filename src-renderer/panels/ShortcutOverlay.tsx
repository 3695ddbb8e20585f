import { EDITOR_KEYS, FIND_KEYS, MENU_KEYS } from '../../src-main/ipc/contract.ts';
import { STATUS_KEYS_ROW } from '../state/statuses.ts';
import { keyText as keys } from './key-text.ts';
import { useDialogFocus } from './useDialogFocus.ts';

/** The application menu's keys (src-main/app/menu.ts binds them from the same table). */
const MENU_ROWS: [string, string][] = [
  [keys(MENU_KEYS['import-files']), 'Import files'],
  [keys(MENU_KEYS['import-folder']), 'Import a folder'],
  [keys(MENU_KEYS.export), 'Export the corpus'],
  [keys(MENU_KEYS['toggle-theme']), 'Light or dark theme'],
  [keys(MENU_KEYS.scheme), 'Edit the annotation scheme (labels, attributes, roles)'],
  [keys(MENU_KEYS.agreement), 'Agreement between annotators (↑ / ↓, Enter: drill down; Backspace: back)'],
  [keys(MENU_KEYS['annotator-name']), 'Change your annotator name'],
];

const editorKeys = (command: keyof typeof EDITOR_KEYS) => EDITOR_KEYS[command].map(keys).join(' / ');

/** The suggestion keys (the window reads them from the same table as the menu shows them). */
const SUGGESTION_ROWS: [string, string][] = [
  [
    `${editorKeys('suggestion-next')} / ${editorKeys('suggestion-previous')}`,
    'Next / previous suggestion (dashed outline)',
  ],
  ['Click a suggestion', 'Select it (its rule and values show in the side panel)'],
  [
    `${editorKeys('suggestion-accept')} (on a selected suggestion)`,
    'Accept it: an annotation with its values filled in',
  ],
  [`${editorKeys('suggestion-reject')} (on a selected suggestion)`, 'Reject it: it is not suggested again'],
  [editorKeys('suggestions-accept-all'), 'Accept all suggestions of a label in this document (asks which)'],
  [
    `${editorKeys('mentions')} (on a selected annotation)`,
    'Suggest its other exact mentions in this document; again: in the whole corpus',
  ],
];

export const SHORTCUTS: [string, string][] = [
  ['1 / 2 / 3 (label hotkeys)', 'Tag the selection; on a selected annotation: relabel it'],
  ['Shift + hotkey', 'Tag the exact characters (no snapping to words)'],
  ['Shift + ← / →, Ctrl + Shift + ← / →', 'Extend the selection by a character / word'],
  ['Click an annotation', 'Select it (a chooser when several cover the spot)'],
  ['Tab / Shift + Tab (in the article), J / K', 'Next / previous annotation'],
  ['Escape, then Tab / Shift + Tab', 'Leave the article (so does Tab past the last annotation)'],
  ['Alt + ← / →', 'Move the end of the selected annotation'],
  ['Alt + Shift + ← / →', 'Move the start of the selected annotation'],
  ['Delete / Backspace', 'Delete the selected annotation'],
  ['+ (with text selected)', 'Add the selected text to the selected annotation as a fragment'],
  ['Alt + mouse selection', 'The same with the mouse: add the selection as a fragment'],
  ['- (caret on a fragment)', 'Take that fragment away from the selected annotation'],
  ['V', "Edit the selected annotation's attributes, note and unsure flag"],
  ['↑ / ↓ (in the attributes)', 'Previous / next attribute'],
  ['Type, then Enter (in an attribute)', 'Set it: a value by its first letters, a number, a date'],
  ['Space (on a yes/no attribute, on unsure)', 'Toggle it'],
  ['Enter (on an empty attribute)', 'Accept the default it offers'],
  ['Delete / Backspace (on an empty attribute)', 'Unset it'],
  ['Escape (in the attributes)', 'Back to the article text'],
  ['A / P / Q (role hotkeys) on a selected event', 'Fill that role: its candidates light up, nearest first'],
  ['Tab / Shift + Tab, → / ←, ↓ / ↑ (filling a role)', 'Next / previous candidate'],
  ['Enter / Escape (filling a role)', 'Link the candidate / stop'],
  ['F', 'Into the event frame of the selected annotation (Escape: back to the text)'],
  ['Delete / Backspace on a filler in the event frame', 'Unlink it'],
  [`${keys('CmdOrCtrl')} + drag from an event to a span`, 'Link them (a chooser when several roles fit)'],
  ...SUGGESTION_ROWS,
  ['Ctrl + Z', 'Undo the last change (an annotation, an accepted suggestion or a status)'],
  ['Ctrl + Shift + Z, Ctrl + Y', 'Redo'],
  STATUS_KEYS_ROW,
  ['Alt + ↓ / ↑', 'Next / previous document'],
  ['Ctrl + Shift + S', 'Toggle exact characters'],
  ['O', "Show or hide the other annotators' layers (read-only)"],
  ['G', 'Open or close the curation view (the article shows gold)'],
  ['↑ / ↓, J / K (curation list)', 'Next / previous item'],
  ['A (curation list)', 'Accept the item into gold (a relation with its ends)'],
  ['R (curation list)', 'Reject the item (hidden from the list, kept as rejected)'],
  ['Shift + A (curation list)', 'Accept everything all annotators agree on'],
  ['Alt + 1 / 2 / 3 (curation view)', 'Curation status to do / in progress / done'],
  [keys(FIND_KEYS.find), 'Find in the document: the matches light up in place, with their count'],
  ['Enter / Shift + Enter (finding)', 'Next / previous match'],
  ['Escape (finding)', 'Close the find bar: the match is selected, focus back in the text'],
  [
    keys(FIND_KEYS['find-corpus']),
    'Search the corpus: hits in context with their labels; annotate all matches',
  ],
  ['↓ / ↑, Enter (search hits)', 'Move through the hits / open the document at the hit'],
  [
    keys(FIND_KEYS['filter-documents']),
    'Filter the document list (id, title, and text from three characters)',
  ],
  ...MENU_ROWS,
  ['Escape', 'Clear the selection, close a dialog'],
  [`?, ${keys(MENU_KEYS.shortcuts)}`, 'This overview'],
];

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
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
