/**
 * The keys that make an annotation discontinuous: the selected text becomes
 * one more fragment of the selected annotation (`+`, or a selection made with
 * Alt held), and `-` takes away the fragment under the caret.
 */
import { splitsSurrogatePair as splitsPair } from '../../src-main/text/offsets.ts';
import type { DocumentSession } from '../state/useDocumentSession.ts';
import { selectedRange, selectRange } from './dom-offsets.ts';
import { withFragment, withoutFragmentAt } from './fragments.ts';
import { clearSelection } from './selection-state.ts';
import { snapToWords, trimSelection } from './snap.ts';
import { i18n } from '../i18n/i18n.ts';

export interface FragmentKeyContext {
  root: HTMLElement | null;
  session: DocumentSession;
  exact: boolean;
  hint: (message: string) => void;
}

const selectedAnnotation = (session: DocumentSession) =>
  session.annotations.find((a) => a.id === session.selectedId);

/** Adds the selected text to the selected annotation as a fragment of its own. */
export async function addFragment(ctx: FragmentKeyContext, exact: boolean): Promise<void> {
  const { root, session } = ctx;
  const annotation = selectedAnnotation(session);
  const range = root ? selectedRange(root) : null;
  if (!annotation || !range || range.collapsed) {
    ctx.hint(i18n.t('editor:hint.addFragment'));
    return;
  }
  const text = session.doc?.text ?? '';
  const span =
    exact || ctx.exact
      ? trimSelection(text, range.start, range.end)
      : snapToWords(text, range.start, range.end);
  if (!span) {
    ctx.hint(i18n.t('editor:hint.whiteSpaceAdd'));
    return;
  }
  if (splitsPair(text, span.start) || splitsPair(text, span.end)) {
    ctx.hint(i18n.t('editor:hint.splitsCharacter'));
    return;
  }
  const shape = withFragment(annotation, span.start, span.end);
  if (!shape) {
    ctx.hint(i18n.t('editor:hint.alreadyPart'));
    return;
  }
  clearSelection();
  if ((await session.amend(annotation.id, shape)) === 'failed' && root)
    selectRange(root, range.start, range.end);
}

/** Takes the fragment under the caret away from the selected annotation. */
export async function removeFragment(ctx: FragmentKeyContext): Promise<void> {
  const { root, session } = ctx;
  const annotation = selectedAnnotation(session);
  const range = root ? selectedRange(root) : null;
  const shape = annotation && range ? withoutFragmentAt(annotation, range.start) : null;
  if (!annotation || !shape) {
    ctx.hint(i18n.t('editor:hint.removeFragment'));
    return;
  }
  await session.amend(annotation.id, shape);
}
