import type { Label, Role } from '../../src-main/db/model.ts';
import { KEYS, type KeyId } from '../../src-main/ipc/keys.ts';
import { i18n } from '../i18n/i18n.ts';
import { keyChar, keyIndex } from '../keys/match.ts';
import type { Suggestions } from './useSuggestions.ts';

/** The key table's suggestion rows (src-main/ipc/keys.ts): their keys are also menu commands. */
const SUGGESTION_ROWS = [
  'suggestion-step',
  'suggestion-accept',
  'suggestion-reject',
  'suggestions-accept-all',
  'mentions',
] as const satisfies readonly KeyId[];

export type SuggestionCommand = NonNullable<(typeof KEYS)[(typeof SUGGESTION_ROWS)[number]]['menu'][number]>;

const SUGGESTION_COMMANDS: readonly string[] = SUGGESTION_ROWS.flatMap((id) => KEYS[id].menu);

export const isSuggestionCommand = (command: string): command is SuggestionCommand =>
  SUGGESTION_COMMANDS.includes(command);

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
  else if (suggestions.list.length === 0) ctx.hint(i18n.t('suggest:hint.noneToAccept'));
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
): SuggestionCommand | undefined {
  const char = keyChar(e);
  const taken =
    char.length === 1 &&
    (ctx.labels.some((l) => l.hotkey?.toLowerCase() === char) ||
      (ctx.annotationSelected && ctx.roles.some((r) => r.hotkey?.toLowerCase() === char)));
  if (taken) return undefined;
  const onSelected: readonly SuggestionCommand[] = ['suggestion-accept', 'suggestion-reject'];
  if (e.key === 'Enter' && !ctx.enterFree) return undefined;
  for (const id of SUGGESTION_ROWS) {
    const index = keyIndex(e, id);
    if (index === -1) continue;
    // A row with one command has one or more keys for it; with several, a key for each.
    const menu: readonly SuggestionCommand[] = KEYS[id].menu;
    const command = menu.length === 1 ? menu[0] : menu[index];
    if (command && (ctx.suggestions.selectedId !== null || !onSelected.includes(command))) return command;
  }
  return undefined;
}
