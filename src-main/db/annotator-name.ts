/**
 * The names of layers. An annotator's name is their layer; `gold` is the
 * curated layer and `all` means every layer on the command line, so neither
 * can be an annotator's name.
 */
import { english, type MainText, say } from '../text/messages/say.ts';

export const GOLD_LAYER = 'gold';
/** The catalogue's refusal names them one by one: keep it in step when adding one. */
export const RESERVED_LAYER_NAMES: readonly string[] = [GOLD_LAYER, 'all'];
export const MAX_ANNOTATOR_NAME_LENGTH = 64;

/** Why `name` cannot be an annotator's name, or null when it can. */
export function annotatorNameRefusal(name: string): MainText | null {
  const trimmed = name.trim();
  if (trimmed === '') return say('refusals.annotatorName.empty');
  if (trimmed !== name) return say('refusals.annotatorName.whiteSpace');
  if (name.length > MAX_ANNOTATOR_NAME_LENGTH)
    return say('refusals.annotatorName.tooLong', { max: MAX_ANNOTATOR_NAME_LENGTH });
  if (/[\p{Cc}\p{Cf}]/u.test(name)) return say('refusals.annotatorName.control');
  if (RESERVED_LAYER_NAMES.includes(name.toLowerCase()))
    return say('refusals.annotatorName.reserved', { name, gold: GOLD_LAYER, all: 'all' });
  return null;
}

/** The same in English, for the command line. */
export function annotatorNameProblem(name: string): string | null {
  const refusal = annotatorNameRefusal(name);
  return refusal === null ? null : english(refusal);
}
