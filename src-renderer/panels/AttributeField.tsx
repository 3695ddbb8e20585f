import { useTranslation } from 'react-i18next';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { AttributeDef, AttributeValue } from '../../src-main/db/model.ts';
import { matches as isKey } from '../keys/match.ts';
import { formatValue, matchChoices, parseAttributeInput } from './attribute-input.ts';

export interface FieldProps {
  def: AttributeDef;
  /** The value set on the annotation, or undefined. */
  value: AttributeValue | undefined;
  /** Sets the value; null unsets it. */
  onSet: (value: AttributeValue | null) => void;
}

/**
 * How a field shows its value: set on the annotation, the scheme's default
 * offered (not stored until accepted), or nothing.
 */
const stateOf = (def: AttributeDef, value: AttributeValue | undefined) =>
  value !== undefined ? 'set' : def.default !== null ? 'default' : 'unset';

/** A yes/no attribute: Space toggles, Enter accepts the default, Delete unsets. */
function BooleanField(props: FieldProps & { id: string; describedBy: string }) {
  const { def, value, onSet } = props;
  const ref = useRef<HTMLInputElement>(null);
  const shown = value ?? def.default ?? null;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = shown === null;
  }, [shown]);
  return (
    <input
      ref={ref}
      id={props.id}
      data-field={def.name}
      type="checkbox"
      aria-describedby={props.describedBy}
      checked={shown === true}
      onChange={() => onSet(shown !== true)}
      onKeyDown={(e) => {
        if (isKey(e.nativeEvent, 'attribute-default') && value === undefined && def.default !== null)
          onSet(def.default);
        else if (isKey(e.nativeEvent, 'attribute-unset') && value !== undefined) onSet(null);
        else return;
        e.preventDefault();
      }}
    />
  );
}

/**
 * A choice, number, text or date attribute typed into a field. What is typed
 * is checked as it is typed; Enter (or leaving the field) sets a valid value,
 * Enter on an empty field accepts the default, and Delete or Backspace on an
 * empty field unsets the value.
 */
function TypedField(props: FieldProps & { id: string; describedBy: string; problemId: string }) {
  const { t } = useTranslation('panels');
  const { def, value, onSet } = props;
  // What is typed and not yet set; null while the field shows the stored
  // value. Kept in a ref as well: Enter, an arrow key and the blur that
  // follows must set a value once, not once each.
  const [draft, setDraftState] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const setDraft = (next: string | null) => {
    pending.current = next;
    setDraftState(next);
  };
  const [focused, setFocused] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const shownValue = value === undefined ? '' : formatValue(value);
  // A value that arrives while the field has the focus (a set answered, an
  // undo) is selected, as on focus: typing replaces it, Backspace clears it.
  // In the commit that draws it, before a key that follows can reach the field.
  useLayoutEffect(() => {
    const field = input.current;
    if (field && field === document.activeElement && pending.current === null) field.select();
  }, [shownValue]);
  const text = draft ?? shownValue;
  const parsed = draft !== null && draft.trim() !== '' ? parseAttributeInput(def, draft) : null;
  const matches = def.type === 'choice' ? matchChoices(def.values, draft ?? '') : [];
  const best = parsed?.ok ? parsed.value : null;

  const commit = (): void => {
    const typed = pending.current;
    if (typed === null) return;
    if (typed.trim() === '') {
      setDraft(null);
      return;
    }
    const result = parseAttributeInput(def, typed);
    if (!result.ok) return;
    setDraft(null);
    if (result.value !== value) onSet(result.value);
  };

  return (
    <>
      <input
        ref={input}
        id={props.id}
        data-field={def.name}
        type="text"
        role={def.type === 'choice' ? 'combobox' : undefined}
        aria-expanded={def.type === 'choice' ? focused : undefined}
        aria-autocomplete={def.type === 'choice' ? 'list' : undefined}
        aria-invalid={parsed !== null && !parsed.ok}
        aria-describedby={props.describedBy}
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={def.default !== null ? t('attributes.default', { value: formatValue(def.default) }) : ''}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={(e) => {
          setFocused(true);
          e.target.select();
        }}
        onBlur={() => {
          setFocused(false);
          commit();
        }}
        onKeyDown={(e) => {
          // What the field holds now: two keys may come before React draws the first one's change.
          const typed = e.currentTarget.value;
          // Escape drops what was typed (the list then leaves the fields).
          if (isKey(e.nativeEvent, 'attributes-leave')) setDraft(null);
          else if (isKey(e.nativeEvent, 'attribute-default')) {
            if (typed.trim() === '' && value === undefined && def.default !== null) onSet(def.default);
            else commit();
          } else if (isKey(e.nativeEvent, 'attribute-unset') && typed === '' && value !== undefined) {
            setDraft(null);
            onSet(null);
          } else return;
          e.preventDefault();
        }}
      />
      {parsed && !parsed.ok && (
        <div id={props.problemId} className="attribute-problem">
          {parsed.problem}
        </div>
      )}
      {def.type === 'choice' && focused && (
        <ul
          className="attribute-choices"
          role="listbox"
          aria-label={t('attributes.values', { name: def.name })}
        >
          {matches.map((v) => (
            <li
              key={v}
              role="option"
              aria-selected={v === best}
              // Before the field's blur: the click sets this value, not what was typed.
              onMouseDown={(e) => {
                e.preventDefault();
                setDraft(null);
                onSet(v);
              }}
            >
              {v}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One attribute of the selected annotation: its name and its value, set or offered. */
export function AttributeField(props: FieldProps) {
  const { t } = useTranslation('panels');
  const id = useId();
  const state = stateOf(props.def, props.value);
  const problemId = `${id}-problem`;
  const noteId = `${id}-note`;
  const describedBy = `${noteId} ${problemId}`;
  return (
    <div className="attribute-row" data-attribute={props.def.name} data-state={state}>
      <label htmlFor={id}>
        {props.def.name}
        {props.def.required && <span aria-label={t('attributes.required')}> *</span>}
      </label>
      {props.def.type === 'boolean' ? (
        <BooleanField {...props} id={id} describedBy={describedBy} />
      ) : (
        <TypedField {...props} id={id} describedBy={describedBy} problemId={problemId} />
      )}
      <span id={noteId} className="attribute-note">
        {state === 'default' && props.def.default !== null
          ? t('attributes.defaultNotSet', { value: formatValue(props.def.default) })
          : props.def.type === 'boolean' && props.value !== undefined
            ? formatValue(props.value)
            : ''}
      </span>
    </div>
  );
}
