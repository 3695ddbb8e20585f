import { useEffect } from 'react';
import type { Label, Role } from '../../src-main/db/model.ts';
import type { Linking } from '../frame/useLinking.ts';
import { DOCUMENT_STATUSES } from '../../src-main/db/model.ts';
import { isTyping, keyChar, keyIndex, matches } from '../keys/match.ts';
import type { DocumentSession } from '../state/useDocumentSession.ts';
import { useLatest } from '../state/useLatest.ts';
import { selectedRange, selectRange } from './dom-offsets.ts';
import { caretKey } from './caret-keys.ts';
import { addFragment, removeFragment } from './fragment-keys.ts';
import { clearSelection } from './selection-state.ts';
import { nextWordEdge, snapToWords, trimSelection, wordsOf } from './snap.ts';
import { splitsSurrogatePair as splitsPair } from '../../src-main/text/offsets.ts';
import { runSuggestionCommand, suggestionCommandOf } from '../suggest/suggestion-keys.ts';
import type { Suggestions } from '../suggest/useSuggestions.ts';
import { i18n } from '../i18n/i18n.ts';
import { listText } from '../i18n/words.ts';

export interface EditorKeyContext {
  root: HTMLElement | null;
  session: DocumentSession;
  labels: readonly Label[];
  roles: readonly Role[];
  linking: Linking;
  exact: boolean;
  blocked: boolean;
  hint: (message: string) => void;
  toggleExact: () => void;
  showShortcuts: () => void;
  /** Moves focus into the selected annotation's attribute fields. */
  focusAttributes: () => void;
  /** Moves focus into the selected annotation's event frame. */
  focusFrame: () => void;
  suggestions: Suggestions;
  /** Asks which label's suggestions to accept, all at once. */
  askAcceptAll: () => void;
}

/** Tags the selection with a label, or relabels the selected annotation. */
export async function applyLabel(ctx: EditorKeyContext, labelId: number, exact: boolean): Promise<void> {
  const { root, session } = ctx;
  const text = session.doc?.text ?? '';
  const range = root ? selectedRange(root) : null;
  if (range && !range.collapsed) {
    const span = exact
      ? trimSelection(text, range.start, range.end)
      : snapToWords(text, range.start, range.end);
    if (!span) {
      ctx.hint(i18n.t('editor:hint.whiteSpaceTag'));
      return;
    }
    if (splitsPair(text, span.start) || splitsPair(text, span.end)) {
      ctx.hint(i18n.t('editor:hint.splitsCharacter'));
      return;
    }
    // The highlight takes the selection's place at once; should the database
    // refuse it while this document is open, the selection comes back for another try.
    clearSelection();
    if ((await session.create(labelId, span.start, span.end)) === 'failed' && root)
      selectRange(root, range.start, range.end);
    return;
  }
  const selected = session.annotations.find((a) => a.id === session.selectedId);
  if (selected) {
    if (selected.labelId !== labelId) await session.update(selected.id, { labelId });
    return;
  }
  ctx.hint(i18n.t('editor:hint.tagOrRelabel'));
}

async function resize(ctx: EditorKeyContext, edge: 'start' | 'end', direction: 1 | -1): Promise<void> {
  const id = ctx.session.selectedId;
  const text = ctx.session.doc?.text ?? '';
  if (id === null) {
    ctx.hint(i18n.t('editor:hint.moveEdges'));
    return;
  }
  // Worked out when the change runs, so repeated presses each start where the last one ended.
  await ctx.session.update(id, (a) => {
    const from = a[edge];
    let to: number;
    if (ctx.exact) {
      to = from + direction;
      if (splitsPair(text, to)) to += direction;
    } else {
      to = nextWordEdge(wordsOf(text, from - 200, from + 200), from, direction, edge);
    }
    const start = edge === 'start' ? to : a.start;
    const end = edge === 'end' ? to : a.end;
    if (start < 0 || end > text.length || start >= end || to === from) return null;
    return { start, end };
  });
}

/** The role whose hotkey is `char`, if the selected annotation can be its event. */
function roleOfKey(ctx: EditorKeyContext, char: string): Role | undefined {
  const { annotations, selectedId } = ctx.session;
  const selected = annotations.find((a) => a.id === selectedId);
  if (!selected) return undefined;
  return ctx.roles.find((r) => r.hotkey?.toLowerCase() === char && r.from.includes(selected.labelId));
}

/**
 * While a role is being filled: Tab and the arrows step through the
 * candidates, Enter links, Escape cancels, another role key switches role.
 * Any other key ends the mode and then does what it always does. Whether the key was used up.
 */
function linkingKey(ctx: EditorKeyContext, e: KeyboardEvent): boolean {
  const { linking } = ctx;
  if (e.ctrlKey || e.metaKey || e.altKey) {
    linking.cancel();
    return false;
  }
  const step = keyIndex(e, 'candidate-step');
  const link = keyIndex(e, 'candidate-link');
  // The candidate keys come in next / previous pairs.
  if (step !== -1) linking.step(step % 2 === 0 ? 1 : -1);
  else if (link === 0) linking.commit();
  else if (link === 1) linking.cancel();
  else {
    const role = e.shiftKey ? undefined : roleOfKey(ctx, keyChar(e));
    if (role) linking.start(role);
    else {
      linking.cancel();
      return false;
    }
  }
  return true;
}

/** The labels a role starts from, as a hint names them: "EVENT". */
const eventNames = (ctx: EditorKeyContext, role: Role) =>
  listText(
    role.from.map((id) => ctx.labels.find((l) => l.id === id)?.name ?? '?'),
    'or',
  );

/** Whether `key` is a label's or a role's hotkey, which wins over the fixed letter keys. */
const hotkeyOf = (ctx: EditorKeyContext, key: string): boolean =>
  ctx.labels.some((l) => l.hotkey === key) || ctx.roles.some((r) => r.hotkey === key);

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

const inArticle = (ctx: EditorKeyContext, target: EventTarget | null) =>
  target instanceof Node && ctx.root !== null && ctx.root.contains(target);

/**
 * Whether Tab in the article moves focus on instead of to the next annotation
 * (Shift+Tab: the previous one): past the last (first) annotation, or when
 * Escape has just cleared the selection. Keyboard users get out that way.
 */
function tabLeavesArticle(ctx: EditorKeyContext, direction: 1 | -1, afterEscape: boolean): boolean {
  const { annotations, selectedId } = ctx.session;
  const index = annotations.findIndex((a) => a.id === selectedId);
  if (index === -1) return afterEscape || annotations.length === 0;
  return index + direction < 0 || index + direction >= annotations.length;
}

/** Every editor shortcut (see the `?` overview and README.md). */
export function useEditorKeys(context: EditorKeyContext): void {
  // A key pressed the moment a document or dialog appears acts on what is on
  // screen, not on the state before it.
  const latest = useLatest(context);
  useEffect(() => {
    // Escape was the key before this one: a Tab now leaves the article.
    let escaped = false;
    const onKeyDown = (e: KeyboardEvent) => {
      const afterEscape = escaped;
      // Shift pressed for Shift+Tab comes as a key of its own.
      if (!MODIFIERS.has(e.key)) escaped = e.key === 'Escape';
      const ctx = latest.current;
      if (ctx.blocked || isTyping(e.target)) return;
      const { session } = ctx;
      const key = keyChar(e);
      const handled = (): void => {
        e.preventDefault();
        e.stopPropagation();
      };
      const suggestionKeys = {
        ...ctx,
        annotationSelected: session.selectedId !== null,
        // Enter on a button or a list row is theirs.
        enterFree: inArticle(ctx, e.target) || e.target === document.body,
      };
      const command = session.doc ? suggestionCommandOf(suggestionKeys, e) : undefined;
      if (ctx.linking.state && !MODIFIERS.has(e.key) && linkingKey(ctx, e)) {
        handled();
        return;
      }
      // Alt + a digit marks the document with the status in that place.
      const status = DOCUMENT_STATUSES[keyIndex(e, 'status')];
      const annotationStep = keyIndex(e, 'annotation-step');
      const moveEnd = keyIndex(e, 'move-end');
      const moveStart = keyIndex(e, 'move-start');
      if (matches(e, 'undo')) {
        handled();
        void session.step('undo');
      } else if (matches(e, 'redo')) {
        handled();
        void session.step('redo');
      } else if (matches(e, 'toggle-exact')) {
        handled();
        ctx.toggleExact();
      } else if (matches(e, 'shortcuts')) {
        handled();
        ctx.showShortcuts();
      } else if (!session.doc) {
        return;
      } else if (status) {
        handled();
        void session.setStatus(status);
      } else if (command) {
        handled();
        runSuggestionCommand(suggestionKeys, command);
      } else if (moveEnd !== -1 || moveStart !== -1) {
        // The rows' keys: ← (back), → (on).
        handled();
        void resize(ctx, moveStart !== -1 ? 'start' : 'end', Math.max(moveEnd, moveStart) === 1 ? 1 : -1);
      } else if (
        caretKey(
          { ...ctx, isHotkey: (k) => hotkeyOf(ctx, k) },
          e,
          inArticle(ctx, e.target) || e.target === document.body,
        )
      ) {
        handled();
      } else if (annotationStep === 0 || annotationStep === 1) {
        // Everywhere else Tab moves focus as usual, and so it does out of the article.
        if (!inArticle(ctx, e.target)) return;
        const direction = annotationStep === 0 ? 1 : -1;
        if (tabLeavesArticle(ctx, direction, afterEscape)) return;
        handled();
        session.moveSelection(direction);
      } else if (annotationStep >= 2 && !hotkeyOf(ctx, key)) {
        handled();
        session.moveSelection(annotationStep === 2 ? 1 : -1);
      } else if (matches(e, 'fragment-add')) {
        handled();
        void addFragment(ctx, false);
      } else if (matches(e, 'fragment-remove')) {
        handled();
        void removeFragment(ctx);
      } else if (matches(e, 'attributes') && !ctx.labels.some((l) => l.hotkey === key)) {
        handled();
        ctx.focusAttributes();
      } else if (matches(e, 'frame') && session.selectedId !== null && !hotkeyOf(ctx, key)) {
        handled();
        ctx.focusFrame();
      } else if (matches(e, 'delete')) {
        if (session.selectedId === null) return;
        handled();
        void session.remove(session.selectedId);
      } else if (matches(e, 'escape')) {
        clearSelection();
        session.setSelectedId(null);
        ctx.suggestions.select(null);
      } else if (!e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && roleOfKey(ctx, key)) {
        handled();
        const role = roleOfKey(ctx, key);
        if (role) ctx.linking.start(role);
      } else if (!e.ctrlKey && !e.metaKey && !e.altKey) {
        const label = ctx.labels.find((l) => l.hotkey !== null && l.hotkey.toLowerCase() === key);
        if (!label) {
          const role = ctx.roles.find((r) => r.hotkey?.toLowerCase() === key);
          if (role)
            ctx.hint(i18n.t('editor:hint.linkRole', { labels: eventNames(ctx, role), role: role.name }));
          return;
        }
        handled();
        void applyLabel(ctx, label.id, ctx.exact || e.shiftKey);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
