import type { History } from '../state/document-session.ts';
import type { Dialog } from './Dialogs.tsx';
import { rowKeyText } from './key-text.ts';

const STEPS = [
  { direction: 'undo', text: 'Undo', keys: 'Ctrl+Z' },
  { direction: 'redo', text: 'Redo', keys: 'Ctrl+Shift+Z' },
] as const;

interface Props {
  /** The open document's undo and redo steps; null with no document open. */
  history: History | null;
  canExport: boolean;
  /** How many annotations the open document has; null with no document open (no panel to fold out). */
  annotationCount: number | null;
  panelOpen: boolean;
  onDialog: (dialog: Dialog) => void;
  onStep: (direction: 'undo' | 'redo') => void;
  onTogglePanel: () => void;
  onToggleTheme: () => void;
}

/** The buttons across the top of the window. */
export function Toolbar({
  history,
  canExport,
  annotationCount,
  panelOpen,
  onDialog,
  onStep,
  onTogglePanel,
  onToggleTheme,
}: Props) {
  return (
    <header className="toolbar">
      <h1>Annotator</h1>
      <button type="button" onClick={() => onDialog('import')}>
        Import…
      </button>
      <button type="button" onClick={() => onDialog('export')} disabled={!canExport}>
        Export…
      </button>
      {STEPS.map(({ direction, text, keys }) => (
        <button
          key={direction}
          type="button"
          onClick={() => onStep(direction)}
          disabled={!history || history[direction] === 0}
          title={`${text} (${keys})`}
        >
          {text}
        </button>
      ))}
      <span className="spacer" />
      <button
        type="button"
        onClick={() => onDialog('scheme')}
        title={`Annotation scheme (${rowKeyText('scheme')})`}
      >
        Scheme…
      </button>
      {annotationCount !== null && (
        <button type="button" className="panel-toggle" aria-expanded={panelOpen} onClick={onTogglePanel}>
          Annotations ({annotationCount})
        </button>
      )}
      <button type="button" onClick={onToggleTheme} title="Light or dark theme">
        Theme
      </button>
      <button type="button" onClick={() => onDialog('shortcuts')} title="Keyboard shortcuts (?)">
        ?
      </button>
    </header>
  );
}
