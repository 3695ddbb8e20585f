import { useCallback, useState } from 'react';
import type { Label, Role } from '../../src-main/db/model.ts';
import type { DocumentSession } from '../state/useDocumentSession.ts';
import { useLinkDrag, type RoleChoice } from './useLinkDrag.ts';
import { useLinking } from './useLinking.ts';

interface Options {
  root: HTMLElement | null;
  session: DocumentSession;
  roles: readonly Role[];
  labels: ReadonlyMap<number, Label>;
  hint: (message: string) => void;
}

/** Linking by keyboard (role keys) and by mouse (Ctrl + drag, with a chooser when several roles fit). */
export function useRelationEditing({ root, session, roles, labels, hint }: Options) {
  const linking = useLinking({ session, labels, hint });
  const [roleChoice, setRoleChoice] = useState<RoleChoice | null>(null);
  const { link, setSelectedId } = session;
  // A link made by dragging selects its event, whose frame then shows it.
  const linkByDrag = useCallback(
    (roleId: number, headId: number, childId: number) => {
      setSelectedId(headId);
      void link(roleId, headId, childId);
    },
    [link, setSelectedId],
  );
  useLinkDrag({
    root,
    annotations: session.annotations,
    roles,
    labels,
    link: linkByDrag,
    choose: setRoleChoice,
    hint,
  });
  /** Links the chooser's two spans as `role`. */
  const linkAs = (role: Role) => {
    if (roleChoice) linkByDrag(role.id, roleChoice.headId, roleChoice.childId);
    setRoleChoice(null);
  };
  return { linking, roleChoice, setRoleChoice, linkAs };
}
