import { useState } from 'react';
import type { SchemeEdits } from './types.ts';
import { useAction } from './useAction.ts';

type Outcome = { kind: 'done'; text: string } | { kind: 'problems'; problems: string[] } | null;

/**
 * The scheme as a file: import one (merged into the database, or refused
 * with every problem and nothing changed), load the scheme that comes with
 * the app, or export it.
 */
export function SchemeTransfer({
  edits,
  beforeImport,
  onImported,
}: {
  edits: Pick<SchemeEdits, 'importScheme' | 'exportScheme'>;
  /** Runs `go` when the import may start (the editor asks about unsaved changes first). */
  beforeImport: (go: () => void) => void;
  onImported: () => void;
}) {
  const action = useAction();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const load = (from: 'file' | 'bundled') =>
    beforeImport(
      () =>
        void action.run(async () => {
          setOutcome(null);
          const reply = await edits.importScheme(from);
          if ('cancelled' in reply) return;
          if (reply.imported) onImported();
          setOutcome(
            reply.imported
              ? { kind: 'done', text: `${reply.summary.charAt(0).toUpperCase()}${reply.summary.slice(1)}.` }
              : { kind: 'problems', problems: reply.problems },
          );
        }),
    );
  const save = () =>
    void action.run(async () => {
      setOutcome(null);
      const reply = await edits.exportScheme();
      if (!('cancelled' in reply)) setOutcome({ kind: 'done', text: `Scheme exported to ${reply.path}.` });
    });
  return (
    <section className="scheme-transfer" aria-label="Scheme file">
      <h3>Scheme file</h3>
      <div className="dialog-buttons">
        <button type="button" disabled={action.busy} onClick={() => load('file')}>
          Import a scheme…
        </button>
        <button type="button" disabled={action.busy} onClick={() => load('bundled')}>
          Load the news-events scheme
        </button>
        <button type="button" disabled={action.busy} onClick={save}>
          Export the scheme…
        </button>
      </div>
      <div role="status">{outcome?.kind === 'done' && outcome.text}</div>
      {(action.message ?? outcome?.kind === 'problems') && (
        <div className="error" role="alert">
          {action.message ?? 'The scheme file was not imported; nothing changed:'}
          {outcome?.kind === 'problems' && (
            <ul className="problems" aria-label="Scheme problems">
              {outcome.problems.map((p, i) => (
                <li key={i}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
