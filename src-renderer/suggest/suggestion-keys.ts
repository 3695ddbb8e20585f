import type { Label, Role } from '../../src-main/db/model.ts';
import { EDITOR_KEYS } from '../../src-main/ipc/contract.ts';
import type { Suggestions } from './useSuggestions.ts';

export type SuggestionCommand = keyof typeof EDITOR_KEYS;

/** The one-character key of a KeyboardEvent, ignoring Shift (useEditorKeys.ts). */
type KeyChar = (e: KeyboardEvent) => string;

/** Whether `e` is `accelerator` (`N`, `Shift+N`, `Enter`) with no other modifier. */
function matches(e: KeyboardEvent, accelerator: string, keyChar: KeyChar): boolean {
  const parts = accelerator.split('+');
  const key = parts[parts.length - 1] ?? '';
  if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey !== parts.includes('Shift')) return false;
  return key.length === 1 ? keyChar(e) === key.toLowerCase() : e.key === key;
}

export interface SuggestionKeyContext {
  suggestions: Suggestions;
  labels: readonly Label[];
  roles: readonly Role[];
  /** Whether an annotation is selected: then a role's hotkey is in use. */
  annotationSelected: boolean;
  /** Whether Enter is the article's (focus in the article), not a focused control's. */
  enterFree: boolean;
  hint: (message: string) => void;
  askAcceptAll: () => void;
}

/** Carries out a suggestion command, from its key or the menu. */
export function runSuggestionCommand(ctx: SuggestionKeyContext, command: SuggestionCommand): void {
  const { suggestions } = ctx;
  if (command === 'suggestion-next') suggestions.move(1);
  else if (command === 'suggestion-previous') suggestions.move(-1);
  else if (command === 'suggestion-accept') void suggestions.accept();
  else if (command === 'suggestion-reject') void suggestions.reject();
  else if (command === 'mentions') void suggestions.mentions();
  else if (suggestions.list.length === 0) ctx.hint('No suggestions in this document to accept.');
  else ctx.askAcceptAll();
}

/**
 * The suggestion command `e` stands for, if any. A label's hotkey wins over
 * these letters (as over J and K), and so does a role's while an annotation
 * is selected; accepting and rejecting need a selected suggestion, and then
 * no annotation is selected, so A is no role key then.
 */
export function suggestionCommandOf(
  ctx: SuggestionKeyContext,
  e: KeyboardEvent,
  keyChar: KeyChar,
): SuggestionCommand | undefined {
  const char = keyChar(e);
  const taken =
    char.length === 1 &&
    (ctx.labels.some((l) => l.hotkey?.toLowerCase() === char) ||
      (ctx.annotationSelected && ctx.roles.some((r) => r.hotkey?.toLowerCase() === char)));
  if (taken) return undefined;
  const onSelected: readonly SuggestionCommand[] = ['suggestion-accept', 'suggestion-reject'];
  return (Object.keys(EDITOR_KEYS) as SuggestionCommand[]).find(
    (command) =>
      (ctx.suggestions.selectedId !== null || !onSelected.includes(command)) &&
      EDITOR_KEYS[command].some(
        (accelerator) => (accelerator !== 'Enter' || ctx.enterFree) && matches(e, accelerator, keyChar),
      ),
  );
}
