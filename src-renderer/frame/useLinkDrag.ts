import { useEffect } from 'react';
import type { AnnotationView, Label, Role } from '../../src-main/db/model.ts';
import { i18n } from '../i18n/i18n.ts';
import { useLatest } from '../state/useLatest.ts';
import { rolesBetween, rolesFrom } from './link-candidates.ts';

/** Several roles fit a drag: the user picks one. */
export interface RoleChoice {
  x: number;
  y: number;
  headId: number;
  childId: number;
  roles: Role[];
}

interface Options {
  root: HTMLElement | null;
  annotations: readonly AnnotationView[];
  roles: readonly Role[];
  labels: ReadonlyMap<number, Label>;
  link: (roleId: number, headId: number, childId: number) => unknown;
  choose: (choice: RoleChoice) => void;
  hint: (message: string) => void;
}

/** The annotations of the run under `target`, innermost first. */
function idsAt(target: EventTarget | null): number[] {
  const ids = target instanceof Element ? target.closest<HTMLElement>('[data-ids]')?.dataset.ids : undefined;
  return ids ? ids.split(' ').map(Number).reverse() : [];
}

/**
 * Ctrl (⌘) + drag from an event to an argument links them: with the one
 * role that fits, or a small chooser when several do. The drag selects no
 * text, nor the span it ends on. Not Alt: Alt + a mouse selection adds a
 * fragment to the selected annotation.
 */
export function useLinkDrag(options: Options): void {
  const latest = useLatest(options);
  const { root } = options;
  useEffect(() => {
    if (!root) return;
    let head: AnnotationView | null = null;
    const find = (id: number) => latest.current.annotations.find((a) => a.id === id);
    const onDown = (e: MouseEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.button !== 0) return;
      const { roles } = latest.current;
      head =
        idsAt(e.target)
          .map(find)
          .find((a) => a !== undefined && rolesFrom(roles, a.labelId).length > 0) ?? null;
      if (!head) return;
      e.preventDefault();
      root.classList.add('link-dragging');
    };
    const onUp = (e: MouseEvent) => {
      const from = head;
      head = null;
      root.classList.remove('link-dragging');
      if (!from) return;
      e.preventDefault();
      e.stopPropagation();
      const { roles, labels, link, choose, hint } = latest.current;
      const targets = idsAt(e.target).map(find);
      const child = targets.find((a) => a !== undefined && rolesBetween(roles, from, a).length > 0);
      if (!child) {
        const over = targets[0];
        if (over && over.id !== from.id)
          hint(
            i18n.t('frame:hint.noRole', {
              from: labels.get(from.labelId)?.name ?? '?',
              to: labels.get(over.labelId)?.name ?? '?',
            }),
          );
        return;
      }
      const fitting = rolesBetween(roles, from, child);
      const only = fitting.length === 1 ? fitting[0] : undefined;
      if (only) link(only.id, from.id, child.id);
      else choose({ x: e.clientX, y: e.clientY, headId: from.id, childId: child.id, roles: fitting });
    };
    // Released outside the article: no link.
    const onUpElsewhere = () => {
      head = null;
      root.classList.remove('link-dragging');
    };
    root.addEventListener('mousedown', onDown);
    // On the root, so that the article's own mouse-up (which selects what was clicked) never sees it.
    root.addEventListener('mouseup', onUp);
    window.addEventListener('mouseup', onUpElsewhere);
    return () => {
      root.removeEventListener('mousedown', onDown);
      root.removeEventListener('mouseup', onUp);
      window.removeEventListener('mouseup', onUpElsewhere);
    };
  }, [root, latest]);
}
