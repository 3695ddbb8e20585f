import { useTranslation } from 'react-i18next';
import { useMemo, type KeyboardEvent, type ReactNode } from 'react';
import type { AnnotationView, Label, RelationView, Role } from '../../src-main/db/model.ts';
import { ARTICLE_LANG } from '../editor/language.ts';
import { matches } from '../keys/match.ts';
import { rolesFrom } from '../frame/link-candidates.ts';
import { coveredText as spanText } from '../editor/fragments.ts';
import type { LinkingState } from '../frame/useLinking.ts';

interface Props {
  text: string;
  /** The selected annotation: the frame shows nothing without one. */
  selectedId: number | null;
  annotations: readonly AnnotationView[];
  relations: readonly RelationView[];
  roles: readonly Role[];
  labels: ReadonlyMap<number, Label>;
  linking: LinkingState | null;
  /** The annotation's attribute fields, when there are any to show. */
  attributes?: ReactNode;
  onSelect: (id: number) => void;
  onUnlink: (relationId: number) => void;
  onChooseRole: (role: Role) => void;
  /** Escape in the frame: focus goes back to the article text, the selection stays. */
  onLeave: () => void;
}

/** Where the key that moves focus into the frame lands: its first filler, else its first control. */
export const firstFrameControl = (): HTMLElement | null =>
  document.querySelector<HTMLElement>('.event-frame .filler button') ??
  document.querySelector<HTMLElement>('.event-frame button');

function Tag({ label }: { label: Label | undefined }) {
  return (
    <span className="tag" style={{ ['--label' as string]: label?.color ?? '#888' }}>
      {label?.name ?? '?'}
    </span>
  );
}

/**
 * The selected annotation as a frame: its role slots and their fillers (an
 * event), the events it fills roles of (an argument), and its attributes.
 * A filler button selects the filler; Delete or Backspace on it unlinks it.
 */
export function EventFrame(props: Props) {
  const byId = useMemo(() => new Map(props.annotations.map((a) => [a.id, a])), [props.annotations]);
  const annotation = props.selectedId === null ? undefined : byId.get(props.selectedId);
  return annotation ? <Frame {...props} annotation={annotation} annotations={byId} /> : null;
}

type FrameProps = Omit<Props, 'annotations'> & {
  annotation: AnnotationView;
  annotations: ReadonlyMap<number, AnnotationView>;
};

function Frame(props: FrameProps) {
  const { t } = useTranslation('panels');
  const { text, annotation, annotations, relations, roles, labels, linking } = props;
  const roleById = new Map(roles.map((r) => [r.id, r]));
  const slots = rolesFrom(roles, annotation.labelId);
  const fills = relations.filter((r) => r.childId === annotation.id);
  const label = labels.get(annotation.labelId);

  const span = (a: AnnotationView) => (
    <>
      <Tag label={labels.get(a.labelId)} />{' '}
      <span className="covered" lang={ARTICLE_LANG}>
        {spanText(text, a)}
      </span>
    </>
  );
  const unlinkOnDelete = (relationId: number) => (e: KeyboardEvent) => {
    if (!matches(e.nativeEvent, 'unlink')) return;
    // Not the editor's Delete, which would delete the selected annotation.
    e.preventDefault();
    e.stopPropagation();
    props.onUnlink(relationId);
  };

  return (
    <section
      className="event-frame"
      aria-label={t('frame.label')}
      onKeyDown={(e) => {
        if (!matches(e.nativeEvent, 'escape')) return;
        // Not the editor's Escape, which would clear the selection and with it this frame.
        e.stopPropagation();
        props.onLeave();
      }}
    >
      <h2>
        <Tag label={label} />{' '}
        <span className="frame-text" lang={ARTICLE_LANG}>
          {spanText(text, annotation)}
        </span>
      </h2>
      {slots.length > 0 && (
        <ul className="role-slots" aria-label={t('frame.roles')}>
          {slots.map((role) => {
            const fillers = relations.filter((r) => r.headId === annotation.id && r.roleId === role.id);
            const filling = linking?.roleId === role.id && linking.headId === annotation.id;
            return (
              <li key={role.id} className={filling ? 'filling' : undefined} data-role={role.name}>
                <button
                  type="button"
                  className="role-name"
                  aria-pressed={filling}
                  title={
                    role.description ||
                    (role.hotkey
                      ? t('frame.linkKey', { role: role.name, key: role.hotkey.toUpperCase() })
                      : t('frame.link', { role: role.name }))
                  }
                  onClick={() => props.onChooseRole(role)}
                >
                  {role.name}
                  {role.hotkey && <kbd>{role.hotkey.toUpperCase()}</kbd>}
                </button>
                <span className="fillers">
                  {fillers.length === 0 && !filling && (
                    <span className="muted">{role.required ? t('frame.required') : '—'}</span>
                  )}
                  {fillers.map((r) => {
                    const filler = annotations.get(r.childId);
                    if (!filler) return null;
                    return (
                      // Keyed by what it links, not its id: a link drawn before it was stored keeps its
                      // element (and focus) when the stored one takes its place.
                      <span key={r.childId} className="filler">
                        <button
                          type="button"
                          title={t('frame.selectFiller')}
                          onClick={() => props.onSelect(filler.id)}
                          onKeyDown={unlinkOnDelete(r.id)}
                        >
                          {span(filler)}
                        </button>
                        <button
                          type="button"
                          className="unlink"
                          aria-label={t('frame.unlink', { role: role.name, text: spanText(text, filler) })}
                          onClick={() => props.onUnlink(r.id)}
                        >
                          ×
                        </button>
                      </span>
                    );
                  })}
                </span>
                {filling && (
                  <p className="linking-hint" role="status">
                    {t('frame.choosing', {
                      role: role.name,
                      index: linking.index + 1,
                      count: linking.candidates.length,
                    })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {fills.length > 0 && (
        <ul className="fills" aria-label={t('frame.fills')}>
          {fills.map((r) => {
            const event = annotations.get(r.headId);
            if (!event) return null;
            return (
              <li key={`${r.headId} ${r.roleId}`}>
                <button type="button" onClick={() => props.onSelect(event.id)}>
                  {t('frame.roleOf', { role: roleById.get(r.roleId)?.name ?? t('frame.role') })} {span(event)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {slots.length === 0 && fills.length === 0 && (
        <p className="muted">
          {roles.some((r) => r.to.includes(annotation.labelId))
            ? t('frame.notLinked')
            : t('frame.noRoles', { label: label?.name ?? t('frame.thisLabel') })}
        </p>
      )}
      {props.attributes}
    </section>
  );
}
