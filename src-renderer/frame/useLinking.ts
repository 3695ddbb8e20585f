import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Label, Role } from '../../src-main/db/model.ts';
import type { DocumentSession } from '../state/useDocumentSession.ts';
import { i18n } from '../i18n/i18n.ts';
import { listText } from '../i18n/words.ts';
import { useLatest } from '../state/useLatest.ts';
import { quote } from '../state/refusals.ts';
import { candidatesFor, stepIndex } from './link-candidates.ts';
import { coveredText as spanText } from '../editor/fragments.ts';

/** A role being filled from the keyboard: the event, the spans on offer and the one in focus. */
export interface LinkingState {
  roleId: number;
  headId: number;
  candidates: number[];
  index: number;
}

export interface Linking {
  state: LinkingState | null;
  /** Starts filling `role` of the selected annotation; says why not when it cannot. */
  start(role: Role): void;
  step(direction: 1 | -1): void;
  /** Links the candidate in focus and ends the mode. */
  commit(): void;
  cancel(): void;
}

interface Options {
  session: DocumentSession;
  labels: ReadonlyMap<number, Label>;
  hint: (message: string) => void;
}

/**
 * The linking mode behind role keys: the candidates are worked out once, when
 * the role key is pressed, and stepping only moves an index, so each step
 * repaints two runs and nothing else.
 */
export function useLinking(options: Options): Linking {
  const [state, setState] = useState<LinkingState | null>(null);
  const latest = useLatest(options);
  const current = useLatest(state);
  const { selectedId } = options.session;
  const docId = options.session.doc?.id;

  // Selecting another annotation, or opening another document, ends the mode.
  useEffect(() => {
    setState((s) => (s && s.headId === selectedId ? s : null));
  }, [selectedId, docId]);

  const start = useCallback(
    (role: Role) => {
      const { session, labels, hint } = latest.current;
      const head = session.annotations.find((a) => a.id === session.selectedId);
      if (!head) return;
      const text = session.doc?.text ?? '';
      if (!role.many) {
        const filled = session.relations.find((r) => r.headId === head.id && r.roleId === role.id);
        const filler = session.annotations.find((a) => a.id === filled?.childId);
        if (filler) {
          // The database keeps one filler of such a role; replacing it silently would be two changes.
          hint(i18n.t('frame:hint.filled', { role: role.name, text: quote(spanText(text, filler)) }));
          return;
        }
      }
      const candidates = candidatesFor(role, head, session.annotations, session.relations).map((a) => a.id);
      if (candidates.length === 0) {
        const names = listText(
          role.to.map((id) => labels.get(id)?.name ?? '?'),
          'or',
        );
        hint(i18n.t('frame:hint.noCandidates', { labels: names, role: role.name }));
        setState(null);
        return;
      }
      setState({ roleId: role.id, headId: head.id, candidates, index: 0 });
    },
    [latest],
  );

  const step = useCallback((direction: 1 | -1) => {
    setState((s) => s && { ...s, index: stepIndex(s.index, direction, s.candidates.length) });
  }, []);

  const commit = useCallback(() => {
    const s = current.current;
    const child = s?.candidates[s.index];
    if (!s || child === undefined) return;
    setState(null);
    void latest.current.session.link(s.roleId, s.headId, child);
  }, [current, latest]);

  const cancel = useCallback(() => setState(null), []);

  return useMemo(() => ({ state, start, step, commit, cancel }), [state, start, step, commit, cancel]);
}
