import { useTranslation } from 'react-i18next';
import { memo } from 'react';
import type { History } from '../state/document-session.ts';
import type { Dialog } from './Dialogs.tsx';
import { rowKeyText } from './key-text.ts';

const STEPS = [
  { direction: 'undo', keys: 'Ctrl+Z' },
  { direction: 'redo', keys: 'Ctrl+Shift+Z' },
] as const;

interface Props {
  /** The open document's undo and redo steps; null with no document open. */
  history: History | null;
  canExport: boolean;
  /** How many annotations the open document has; null with no document open (no panel to fold out). */
  annotationCount: number | null;
  panelOpen: boolean;
  onDialog: (dialog: Dialog) => void;
  onStep: (direction: 'undo' | 'redo') => Promise<unknown>;
  onTogglePanel: () => void;
  onToggleTheme: () => void;
}

/**
 * The buttons across the top of the window. Memoized: a role key or Enter
 * redraws the window around it, and these buttons' texts take long to look up.
 */
export const Toolbar = memo(function Toolbar({
  history,
  canExport,
  annotationCount,
  panelOpen,
  onDialog,
  onStep,
  onTogglePanel,
  onToggleTheme,
}: Props) {
  const { t } = useTranslation('panels');
  const stepText = { undo: t('toolbar.undo'), redo: t('toolbar.redo') };
  return (
    <header className="toolbar">
      <h1>Annotator</h1>
      <button type="button" onClick={() => onDialog('import')}>
        {t('toolbar.import')}
      </button>
      <button type="button" onClick={() => onDialog('export')} disabled={!canExport}>
        {t('toolbar.export')}
      </button>
      {STEPS.map(({ direction, keys }) => (
        <button
          key={direction}
          type="button"
          onClick={() => void onStep(direction)}
          disabled={!history || history[direction] === 0}
          title={t('toolbar.stepTitle', { action: stepText[direction], keys })}
        >
          {stepText[direction]}
        </button>
      ))}
      <span className="spacer" />
      <button
        type="button"
        onClick={() => onDialog('scheme')}
        title={t('toolbar.schemeTitle', { keys: rowKeyText('scheme') })}
      >
        {t('toolbar.scheme')}
      </button>
      {annotationCount !== null && (
        <button type="button" className="panel-toggle" aria-expanded={panelOpen} onClick={onTogglePanel}>
          {t('toolbar.annotations', { count: annotationCount })}
        </button>
      )}
      <button type="button" onClick={onToggleTheme} title={t('toolbar.themeTitle')}>
        {t('toolbar.theme')}
      </button>
      <button type="button" onClick={() => onDialog('shortcuts')} title={t('toolbar.shortcutsTitle')}>
        ?
      </button>
    </header>
  );
});
