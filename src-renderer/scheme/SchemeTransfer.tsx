import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeEdits } from './types.ts';
import { useAction } from './useAction.ts';
import { mainText } from '../i18n/main-text.ts';

/** A summary line as a sentence: a capital first, a full stop last. */
const sentence = (line: string): string => `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;

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
  const { t } = useTranslation('scheme');
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
              ? { kind: 'done', text: sentence(mainText(reply.text, reply.summary)) }
              : { kind: 'problems', problems: reply.problems.map((p, i) => mainText(reply.texts[i], p)) },
          );
        }),
    );
  const save = () =>
    void action.run(async () => {
      setOutcome(null);
      const reply = await edits.exportScheme();
      if (!('cancelled' in reply))
        setOutcome({ kind: 'done', text: t('file.exported', { path: reply.path }) });
    });
  return (
    <section className="scheme-transfer" aria-label={t('file.title')}>
      <h3>{t('file.title')}</h3>
      <div className="dialog-buttons">
        <button type="button" disabled={action.busy} onClick={() => load('file')}>
          {t('file.import')}
        </button>
        <button type="button" disabled={action.busy} onClick={() => load('bundled')}>
          {t('file.bundled')}
        </button>
        <button type="button" disabled={action.busy} onClick={save}>
          {t('file.export')}
        </button>
      </div>
      <div role="status">{outcome?.kind === 'done' && outcome.text}</div>
      {(action.message ?? outcome?.kind === 'problems') && (
        <div className="error" role="alert">
          {action.message ?? t('file.notImported')}
          {outcome?.kind === 'problems' && (
            <ul className="problems" aria-label={t('file.problems')}>
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
