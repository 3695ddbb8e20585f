import { useScheme } from '../state/useScheme.ts';
import { SchemeEditor } from './SchemeEditor.tsx';

/** The scheme editor, fed from the database; each edit also refreshes the rest of the app. */
export function SchemeDialog({
  onChanged,
  onValuesCleared,
  onClose,
}: {
  onChanged: () => void;
  onValuesCleared: () => void;
  onClose: () => void;
}) {
  const { scheme, problem, edits } = useScheme(onChanged, onValuesCleared);
  return <SchemeEditor scheme={scheme} problem={problem} edits={edits} onClose={onClose} />;
}
