import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../panels/useDialogFocus.ts';
import { useLatest } from '../state/useLatest.ts';
import './scheme.css';
import { LabelAttributes } from './LabelAttributes.tsx';
import { LabelForm } from './LabelForm.tsx';
import { RoleForm } from './RoleForm.tsx';
import { SchemeTransfer } from './SchemeTransfer.tsx';
import { labelNamesOf } from './scheme-form.ts';
import { listText } from '../i18n/words.ts';
import { matches } from '../keys/match.ts';
import { newLabelColor } from '../../src-main/scheme/palette.ts';
import { useFocusLater } from './useFocusLater.ts';
import type { Scheme, SchemeEdits } from './types.ts';

type Selection = { kind: 'label' | 'role'; id: number | null };

/**
 * The annotation scheme as a form: the labels and roles in lists on the
 * left, the chosen one's fields (and a label's attributes) on the right.
 * Every save goes to the database at once; what it refuses shows its reason.
 */
export function SchemeEditor({
  scheme,
  problem,
  edits,
  onClose,
}: {
  /** null while it loads. */
  scheme: Scheme | null;
  /** Why the scheme could not be read, if it could not. */
  problem: string | null;
  edits: SchemeEdits;
  onClose: () => void;
}) {
  const { t } = useTranslation('scheme');
  const [selected, setSelected] = useState<Selection | null>(null);
  // Bumped when a scheme file is imported: the forms start again from what the database now holds.
  const [generation, setGeneration] = useState(0);
  const close = useDialogFocus<HTMLButtonElement>();
  const root = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater(root);
  // The forms holding changes not saved yet: closing asks before it drops them.
  const [dirty, setDirty] = useState<readonly string[]>([]);
  const onDirty = useCallback(
    (what: string, isDirty: boolean) =>
      setDirty((list) =>
        isDirty === list.includes(what) ? list : isDirty ? [...list, what] : list.filter((w) => w !== what),
      ),
    [],
  );
  // What waits for an answer about unsaved changes: closing, or choosing another label or role.
  const [asking, setAsking] = useState<(() => void) | null>(null);
  const unsaved = dirty.length > 0;
  const leave = useCallback(
    (then: () => void) => {
      if (unsaved) setAsking(() => then);
      else then();
    },
    [unsaved],
  );
  // Escape is the editor's own (App leaves it alone): with changes unsaved it
  // asks, and a second Escape keeps editing.
  const latest = useLatest({ asking, leave, onClose });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!matches(e, 'escape')) return;
      const now = latest.current;
      if (now.asking) setAsking(null);
      else now.leave(now.onClose);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [latest]);
  const labels = scheme?.labels ?? [];
  const roles = scheme?.roles ?? [];
  // Until something is chosen, the first label is.
  const current: Selection | null = selected ?? (labels[0] ? { kind: 'label', id: labels[0].id } : null);
  const label = current?.kind === 'label' ? labels.find((l) => l.id === current.id) : undefined;
  const role = current?.kind === 'role' ? roles.find((r) => r.id === current.id) : undefined;
  const isChosen = (kind: Selection['kind'], id: number | null) =>
    current?.kind === kind && current.id === id;
  const choose = (s: Selection) => {
    if (!isChosen(s.kind, s.id)) leave(() => setSelected(s));
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('title')}>
      <div className="dialog scheme-editor" ref={root}>
        <div className="scheme-head">
          <h2>{t('title')}</h2>
          <button ref={close} type="button" onClick={() => leave(onClose)}>
            {t('close')}
          </button>
        </div>
        {asking && (
          <div className="warning" role="alert">
            {t('unsaved', { what: listText(dirty, 'and') })}{' '}
            <button
              type="button"
              onClick={() => {
                setAsking(null);
                asking();
              }}
            >
              {t('discard')}
            </button>{' '}
            <button type="button" autoFocus onClick={() => setAsking(null)}>
              {t('keepEditing')}
            </button>
          </div>
        )}
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <div className="scheme-body">
          <nav className="scheme-lists" aria-label={t('lists')}>
            <h3>{t('labels')}</h3>
            <ul aria-label={t('labels')}>
              {labels.map((l) => (
                <li key={l.id}>
                  <button
                    type="button"
                    className="scheme-item"
                    aria-pressed={isChosen('label', l.id)}
                    data-item={`label-${l.id}`}
                    onClick={() => choose({ kind: 'label', id: l.id })}
                  >
                    <span className="swatch" style={{ background: l.color }} />
                    {l.name}
                    {l.hotkey && <kbd>{l.hotkey}</kbd>}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" data-item="add-label" onClick={() => choose({ kind: 'label', id: null })}>
              {t('addLabel')}
            </button>
            <h3>{t('roles')}</h3>
            <ul aria-label={t('roles')}>
              {roles.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className="scheme-item"
                    aria-pressed={isChosen('role', r.id)}
                    data-item={`role-${r.id}`}
                    onClick={() => choose({ kind: 'role', id: r.id })}
                    title={t('role.sides', {
                      from: labelNamesOf(t, r.from, labels),
                      to: labelNamesOf(t, r.to, labels),
                    })}
                  >
                    {r.name}
                    {r.hotkey && <kbd>{r.hotkey}</kbd>}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" data-item="add-role" onClick={() => choose({ kind: 'role', id: null })}>
              {t('addRole')}
            </button>
          </nav>
          <div className="scheme-detail">
            {scheme === null && !problem && <p className="muted">{t('loading')}</p>}
            {current?.kind === 'label' && (current.id === null || label) && (
              <>
                <LabelForm
                  key={`form-${label?.id ?? 'new'}-${generation}`}
                  label={label ?? null}
                  newColor={newLabelColor(labels.length)}
                  onSave={async (draft, changes) => {
                    if (label) return edits.updateLabel(label.id, changes);
                    const id = await edits.createLabel(draft);
                    setSelected({ kind: 'label', id });
                    // The form of a new label is replaced by the label's own: focus goes to it in the list.
                    focusLater(`[data-item="label-${id}"]`);
                  }}
                  onDirty={onDirty}
                  onDelete={async () => {
                    if (!label) return;
                    await edits.deleteLabel(label.id);
                    setSelected(null);
                    focusLater('[data-item="add-label"]');
                  }}
                />
                {label && (
                  <LabelAttributes
                    key={`attributes-${label.id}-${generation}`}
                    labelName={label.name}
                    attributes={scheme?.attributes.filter((a) => a.labelId === label.id) ?? []}
                    onCreate={(fields) => edits.createAttribute(label.id, fields)}
                    onUpdate={edits.updateAttribute}
                    onDelete={(id, clear) => edits.deleteAttribute(id, clear)}
                    onDirty={onDirty}
                  />
                )}
              </>
            )}
            {current?.kind === 'role' && (current.id === null || role) && (
              <RoleForm
                key={`role-${role?.id ?? 'new'}-${generation}`}
                role={role ?? null}
                labels={labels}
                onSave={async (draft, changes) => {
                  if (role) return edits.updateRole(role.id, changes);
                  const id = await edits.createRole(draft);
                  setSelected({ kind: 'role', id });
                  focusLater(`[data-item="role-${id}"]`);
                }}
                onDirty={onDirty}
                onDelete={async () => {
                  if (!role) return;
                  await edits.deleteRole(role.id);
                  setSelected(null);
                  focusLater('[data-item="add-role"]');
                }}
              />
            )}
          </div>
        </div>
        <SchemeTransfer
          edits={edits}
          // A file replaces what the forms show: ask about unsaved changes first, then start them afresh.
          beforeImport={(go) => leave(go)}
          onImported={() => setGeneration((g) => g + 1)}
        />
      </div>
    </div>
  );
}
